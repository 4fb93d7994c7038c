<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Danh mục thủ tục hành chính - Hệ thống Một cửa điện tử tỉnh Hải Đông</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css">
<link rel="stylesheet" type="text/css" href="/_catalogs/masterpage/motcua/motcua.css">
</head>
<body class="ms-backgroundImage" id="s4-bodyContainer">
<form method="post" action="DanhMucThuTuc.aspx" id="aspnetForm" name="aspnetForm">
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
<h2 class="ms-pagetitle">Danh mục thủ tục hành chính, dịch vụ công trực tuyến</h2>
<div class="ms-listheaderlabel">Lọc theo lĩnh vực:
<a href="javascript:__doPostBack('ctl00$PlaceHolderMain$g_3f2a$ddlLinhVuc','DuongBo')">Đường bộ</a> |
<a href="javascript:__doPostBack('ctl00$PlaceHolderMain$g_3f2a$ddlLinhVuc','ThuongMai')">Thương mại</a> |
<a href="javascript:__doPostBack('ctl00$PlaceHolderMain$g_3f2a$ddlLinhVuc','DoanhNghiep')">Thành lập và hoạt động doanh nghiệp</a> |
<a href="javascript:__doPostBack('ctl00$PlaceHolderMain$g_3f2a$ddlLinhVuc','LaoDong')">Lao động - Việc làm</a> |
<a href="javascript:__doPostBack('ctl00$PlaceHolderMain$g_3f2a$ddlLinhVuc','TNMT')">Tài nguyên - Môi trường</a></div>
<table class="ms-listviewtable" summary="Danh mục thủ tục" cellpadding="1" cellspacing="0">
<thead><tr class="ms-viewheadertr"><th class="ms-vh2" scope="col">STT</th><th class="ms-vh2" scope="col"><a href="javascript:__doPostBack('ctl00$PlaceHolderMain$g_3f2a$gvThuTuc','Sort$TenThuTuc')">Tên thủ tục</a></th><th class="ms-vh2" scope="col">Lĩnh vực</th><th class="ms-vh2" scope="col">Cơ quan thực hiện</th><th class="ms-vh2" scope="col"><a href="javascript:__doPostBack('ctl00$PlaceHolderMain$g_3f2a$gvThuTuc','Sort$MucDo')">Mức độ</a></th></tr></thead>
<tbody>
<tr class="ms-itmhover"><td class="ms-vb2">1</td><td class="ms-vb2"><a href="/Pages/ThuTuc-CapDoiGPLX.aspx">Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp</a></td><td class="ms-vb2">Đường bộ</td><td class="ms-vb2">Sở Giao thông vận tải</td><td class="ms-vb2">Mức 4</td></tr>
<tr class="ms-alternating ms-itmhover"><td class="ms-vb2">2</td><td class="ms-vb2"><a href="/Pages/ThuTuc-CapPhepKinhDoanhVanTai.aspx">Cấp Giấy phép kinh doanh vận tải bằng xe ô tô</a></td><td class="ms-vb2">Đường bộ</td><td class="ms-vb2">Sở Giao thông vận tải</td><td class="ms-vb2">Mức 3</td></tr>
<tr class="ms-itmhover"><td class="ms-vb2">3</td><td class="ms-vb2"><a href="/Pages/ThuTuc-CapPhuHieuXe.aspx">Cấp phù hiệu xe taxi, xe hợp đồng, xe vận tải hàng hóa bằng công-ten-nơ</a></td><td class="ms-vb2">Đường bộ</td><td class="ms-vb2">Sở Giao thông vận tải</td><td class="ms-vb2">Mức 2</td></tr>
<tr class="ms-alternating ms-itmhover"><td class="ms-vb2">4</td><td class="ms-vb2"><a href="/Pages/ThuTuc-CapGCNBanLeXangDau.aspx">Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu</a></td><td class="ms-vb2">Thương mại</td><td class="ms-vb2">Sở Công Thương</td><td class="ms-vb2">Mức 3</td></tr>
<tr class="ms-itmhover"><td class="ms-vb2">5</td><td class="ms-vb2"><a href="/Pages/ThuTuc-CapGiayPhepBanLeRuou.aspx">Cấp Giấy phép bán lẻ sản phẩm rượu</a></td><td class="ms-vb2">Thương mại</td><td class="ms-vb2">Sở Công Thương</td><td class="ms-vb2">Mức 2</td></tr>
<tr class="ms-alternating ms-itmhover"><td class="ms-vb2">6</td><td class="ms-vb2"><a href="/Pages/ThuTuc-DangKyThanhLapDNTN.aspx">Đăng ký thành lập doanh nghiệp tư nhân</a></td><td class="ms-vb2">Thành lập và hoạt động doanh nghiệp</td><td class="ms-vb2">Sở Kế hoạch và Đầu tư</td><td class="ms-vb2">Mức 3</td></tr>
<tr class="ms-itmhover"><td class="ms-vb2">7</td><td class="ms-vb2"><a href="/Pages/ThuTuc-DangKyThayDoiNoiDungDN.aspx">Đăng ký thay đổi nội dung đăng ký doanh nghiệp</a></td><td class="ms-vb2">Thành lập và hoạt động doanh nghiệp</td><td class="ms-vb2">Sở Kế hoạch và Đầu tư</td><td class="ms-vb2">Mức 2</td></tr>
<tr class="ms-alternating ms-itmhover"><td class="ms-vb2">8</td><td class="ms-vb2"><a href="/Pages/ThuTuc-CapGiayPhepLaoDong.aspx">Cấp giấy phép lao động cho người lao động nước ngoài</a></td><td class="ms-vb2">Việc làm</td><td class="ms-vb2">Sở Lao động - Thương binh và Xã hội</td><td class="ms-vb2">Mức 2</td></tr>
<tr class="ms-itmhover"><td class="ms-vb2">9</td><td class="ms-vb2"><a href="/Pages/ThuTuc-DangKyNoiQuyLaoDong.aspx">Đăng ký nội quy lao động</a></td><td class="ms-vb2">Lao động - Tiền lương</td><td class="ms-vb2">Sở Lao động - Thương binh và Xã hội</td><td class="ms-vb2">Mức 1</td></tr>
<tr class="ms-alternating ms-itmhover"><td class="ms-vb2">10</td><td class="ms-vb2"><a href="/Pages/ThuTuc-ThamDinhDTM.aspx">Thẩm định, phê duyệt báo cáo đánh giá tác động môi trường</a></td><td class="ms-vb2">Môi trường</td><td class="ms-vb2">Sở Tài nguyên và Môi trường</td><td class="ms-vb2">Mức 1</td></tr>
<tr class="ms-itmhover"><td class="ms-vb2">11</td><td class="ms-vb2"><a href="/Pages/ThuTuc-CapPhepKhaiThacNuocDuoiDat.aspx">Cấp giấy phép khai thác, sử dụng nước dưới đất</a></td><td class="ms-vb2">Tài nguyên nước</td><td class="ms-vb2">Sở Tài nguyên và Môi trường</td><td class="ms-vb2">Mức 3</td></tr>
</tbody></table>
<table class="ms-bottompaging"><tr><td class="ms-paging">1 - 11</td><td><span>1</span></td></tr></table>
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
