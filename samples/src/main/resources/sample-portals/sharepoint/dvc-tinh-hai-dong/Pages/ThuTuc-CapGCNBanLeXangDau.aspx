<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu - Hệ thống Một cửa điện tử tỉnh Hải Đông</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css">
<link rel="stylesheet" type="text/css" href="/_catalogs/masterpage/motcua/motcua.css">
</head>
<body class="ms-backgroundImage" id="s4-bodyContainer">
<form method="post" action="ThuTuc-CapGCNBanLeXangDau.aspx" id="aspnetForm" name="aspnetForm">
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
<h2 class="ms-pagetitle">Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu</h2>
<table class="ms-formtable" cellpadding="0" cellspacing="0">
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Lĩnh vực</h3></td><td class="ms-formbody">Thương mại</td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Mức độ</h3></td><td class="ms-formbody">Mức 3</td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Trình tự thực hiện</h3></td><td class="ms-formbody"><p>- Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ đầy đủ theo quy định.<br>- Bước 2: Nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả của Sở Công Thương tỉnh Hải Đông hoặc nộp trực tuyến trên Hệ thống Một cửa điện tử.<br>- Bước 3: Cơ quan thực hiện thẩm định hồ sơ, giải quyết theo thẩm quyền.<br>- Bước 4: Nhận kết quả tại Bộ phận một cửa.</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Cách thức thực hiện</h3></td><td class="ms-formbody"><p>Trực tiếp tại trụ sở cơ quan; qua đường bưu điện; trực tuyến.</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Thành phần, số lượng hồ sơ</h3></td><td class="ms-formbody"><p>a) Thành phần hồ sơ:</p><ul><li>Đơn đề nghị cấp Giấy chứng nhận</li><li>Bản sao giấy chứng nhận đăng ký doanh nghiệp</li><li>Tài liệu chứng minh cơ sở vật chất</li></ul><p>b) Số lượng hồ sơ: 01 (một) bộ.</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Thời hạn giải quyết</h3></td><td class="ms-formbody"><p>15 ngày làm việc</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Đối tượng thực hiện TTHC</h3></td><td class="ms-formbody"><p>Thương nhân</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Cơ quan thực hiện TTHC</h3></td><td class="ms-formbody"><p>Sở Công Thương tỉnh Hải Đông</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Kết quả thực hiện TTHC</h3></td><td class="ms-formbody"><p>Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Lệ phí</h3></td><td class="ms-formbody"><p>Phí thẩm định 1.200.000 đồng/cửa hàng</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Tên mẫu đơn, mẫu tờ khai</h3></td><td class="ms-formbody"><p><a href="/BieuMau/CapGCNBanLeXangDau.doc">Đơn đề nghị cấp Giấy chứng nhận</a></p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Yêu cầu, điều kiện thực hiện TTHC</h3></td><td class="ms-formbody"><p>Cửa hàng phù hợp quy hoạch mạng lưới xăng dầu</p></td></tr>
<tr><td class="ms-formlabel" scope="row"><h3 class="ms-standardheader">Căn cứ pháp lý của TTHC</h3></td><td class="ms-formbody"><p>Nghị định số 83/2014/NĐ-CP; Thông tư số 38/2014/TT-BCT</p></td></tr>
</table>
<div class="ms-toolbar"><a class="ms-Button" href="/BieuMau/CapGCNBanLeXangDau.doc">Tải mẫu đơn</a> <a class="ms-Button ms-Button--primary" href="/Pages/NopHoSo-CapGCNBanLeXangDau.aspx">Nộp hồ sơ trực tuyến</a></div>
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
