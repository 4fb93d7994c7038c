<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Nộp hồ sơ trực tuyến - Hệ thống Một cửa điện tử tỉnh Hải Đông</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css">
<link rel="stylesheet" type="text/css" href="/_catalogs/masterpage/motcua/motcua.css">
</head>
<body class="ms-backgroundImage" id="s4-bodyContainer">
<form method="post" action="NopHoSo-CapDoiGPLX.aspx" id="aspnetForm" name="aspnetForm" enctype="multipart/form-data">
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
<h2 class="ms-pagetitle">Nộp hồ sơ trực tuyến: Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp</h2>
<table class="ms-formtable">
<tr><td class="ms-formlabel"><label for="ctl00_PlaceHolderMain_txtHoTen">Họ tên người nộp</label></td><td class="ms-formbody"><input name="ctl00$PlaceHolderMain$txtHoTen" id="ctl00_PlaceHolderMain_txtHoTen" type="text"></td></tr>
<tr><td class="ms-formlabel"><label for="ctl00_PlaceHolderMain_txtDiaChi">Địa chỉ</label></td><td class="ms-formbody"><input name="ctl00$PlaceHolderMain$txtDiaChi" id="ctl00_PlaceHolderMain_txtDiaChi" type="text"></td></tr>
<tr><td class="ms-formlabel"><label for="ctl00_PlaceHolderMain_txtDienThoai">Điện thoại</label></td><td class="ms-formbody"><input name="ctl00$PlaceHolderMain$txtDienThoai" id="ctl00_PlaceHolderMain_txtDienThoai" type="text"></td></tr>
<tr><td class="ms-formlabel"><label for="ctl00_PlaceHolderMain_fu1">Đơn đề nghị đổi giấy phép lái xe (Phụ lục 19, Thông tư 12/2017/TT-BGTVT)</label></td><td class="ms-formbody"><input type="file" name="ctl00$PlaceHolderMain$fu1" id="ctl00_PlaceHolderMain_fu1"></td></tr>
<tr><td class="ms-formlabel"><label for="ctl00_PlaceHolderMain_fu2">Giấy chứng nhận sức khỏe</label></td><td class="ms-formbody"><input type="file" name="ctl00$PlaceHolderMain$fu2" id="ctl00_PlaceHolderMain_fu2"></td></tr>
<tr><td class="ms-formlabel"><label for="ctl00_PlaceHolderMain_fu3">Bản sao giấy phép lái xe</label></td><td class="ms-formbody"><input type="file" name="ctl00$PlaceHolderMain$fu3" id="ctl00_PlaceHolderMain_fu3"></td></tr>
</table>
<input type="submit" name="ctl00$PlaceHolderMain$btnNopHoSo" value="Nộp hồ sơ" id="ctl00_PlaceHolderMain_btnNopHoSo" class="ms-ButtonHeightWidth">
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
