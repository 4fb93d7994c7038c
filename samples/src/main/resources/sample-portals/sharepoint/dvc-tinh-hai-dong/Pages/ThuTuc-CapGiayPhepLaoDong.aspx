<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Cấp giấy phép lao động cho người lao động nước ngoài - Hệ thống Một cửa điện tử tỉnh Hải Đông</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css">
<link rel="stylesheet" type="text/css" href="/_catalogs/masterpage/motcua/motcua.css">
</head>
<body class="ms-backgroundImage" id="s4-bodyContainer">
<form method="post" action="ThuTuc-CapGiayPhepLaoDong.aspx" id="aspnetForm" name="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0">
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<div id="s4-ribbonrow" class="ms-dialogHidden"><a href="/_layouts/15/Authenticate.aspx?Source=%2FPages%2FDefault%2Easpx" class="ms-signInLink">Đăng nhập</a></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle">
<div class="ms-siteicon-a"><a href="/Pages/Default.aspx"><img src="/PublishingImages/logo-motcua.png" alt="Hệ thống Một cửa điện tử tỉnh Hải Đông" class="ms-siteicon-img"></a></div>
<h1 class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">Hệ thống Một cửa điện tử tỉnh Hải Đông</span></h1>
</div>
<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation">
<ul class="root ms-core-listMenu-root static">
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/Default.aspx"><span class="menu-item-text">Trang chủ</span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/DanhMucThuTuc.aspx"><span class="menu-item-text">Danh mục thủ tục hành chính</span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/HuongDan.aspx"><span class="menu-item-text">Hướng dẫn</span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/TraCuuHoSo.aspx"><span class="menu-item-text">Tra cứu hồ sơ</span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="{{site:tinh-hai-dong}}/"><span class="menu-item-text">Cổng thông tin điện tử tỉnh</span></a></li>
</ul></div>
<div id="contentRow"><div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain">
<div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-WPBody ms-wpContentDivSpace">
<h2 class="ms-pagetitle">Cấp giấy phép lao động cho người lao động nước ngoài</h2>
<table class="ms-formtable" cellpadding="0" cellspacing="0">
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Lĩnh vực</h3></td><td class="ms-formbody">Việc làm</td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Mức độ</h3></td><td class="ms-formbody">Mức 2</td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Trình tự thực hiện</h3></td><td class="ms-formbody"><p>- Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ đầy đủ theo quy định.<br>- Bước 2: Nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả của Sở Lao động - Thương binh và Xã hội tỉnh Hải Đông.<br>- Bước 3: Cơ quan thực hiện thẩm định hồ sơ, giải quyết theo thẩm quyền.<br>- Bước 4: Nhận kết quả tại Bộ phận một cửa.</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Cách thức thực hiện</h3></td><td class="ms-formbody"><p>Trực tiếp tại trụ sở cơ quan; qua đường bưu điện.</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Thành phần, số lượng hồ sơ</h3></td><td class="ms-formbody"><p>a) Thành phần hồ sơ:</p><ul><li>Văn bản đề nghị cấp giấy phép lao động (Mẫu số 7)</li><li>Giấy chứng nhận sức khỏe</li><li>Phiếu lý lịch tư pháp</li></ul><p>b) Số lượng hồ sơ: 01 (một) bộ.</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Thời hạn giải quyết</h3></td><td class="ms-formbody"><p>07 ngày làm việc</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Đối tượng thực hiện TTHC</h3></td><td class="ms-formbody"><p>Người sử dụng lao động</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Cơ quan thực hiện TTHC</h3></td><td class="ms-formbody"><p>Sở Lao động - Thương binh và Xã hội tỉnh Hải Đông</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Kết quả thực hiện TTHC</h3></td><td class="ms-formbody"><p>Giấy phép lao động</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Lệ phí</h3></td><td class="ms-formbody"><p>Lệ phí 400.000 đồng/giấy phép</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Tên mẫu đơn, mẫu tờ khai</h3></td><td class="ms-formbody"><p><a href="/BieuMau/CapGiayPhepLaoDong.doc">Văn bản đề nghị cấp giấy phép lao động (Mẫu số 7)</a></p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Yêu cầu, điều kiện thực hiện TTHC</h3></td><td class="ms-formbody"><p>Người lao động nước ngoài đủ 18 tuổi, có trình độ chuyên môn</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Căn cứ pháp lý của TTHC</h3></td><td class="ms-formbody"><p>Bộ luật Lao động năm 2012; Nghị định số 11/2016/NĐ-CP</p></td></tr>
</table>
<div class="ms-toolbar"><a class="ms-Button" href="/BieuMau/CapGiayPhepLaoDong.doc">Tải mẫu đơn</a></div>
<p><a href="/Pages/DanhMucThuTuc.aspx">« Quay lại danh mục</a></p>
</div></div></div>
</div>
</div></div>
<div class="ms-footer">
<p>Hệ thống Một cửa điện tử tỉnh Hải Đông – Văn phòng UBND tỉnh, số 8 đường Bạch Đằng, thành phố Hải Đông</p>
<p>Điện thoại hỗ trợ: (0225) 3 821 500 – Email: <a href="mailto:motcua@haidong.example.gov.vn">motcua@haidong.example.gov.vn</a></p>
</div>
</div></div>
</form>
</body>
</html>
