<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Trang chủ - Hệ thống Một cửa điện tử tỉnh Hải Đông</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css">
<link rel="stylesheet" type="text/css" href="/_catalogs/masterpage/motcua/motcua.css">
</head>
<body class="ms-backgroundImage" id="s4-bodyContainer">
<form method="post" action="Default.aspx" id="aspnetForm" name="aspnetForm">
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
<h2 class="ms-pagetitle">Chào mừng đến với Hệ thống Một cửa điện tử tỉnh Hải Đông</h2>
<div class="ms-rtestate-field">
<p>Hệ thống cho phép tổ chức, công dân tra cứu thủ tục hành chính, tải biểu mẫu, nộp hồ sơ trực tuyến và tra cứu tình trạng giải quyết hồ sơ tại các sở, ngành tỉnh Hải Đông.</p>
<ul>
<li><a href="/Pages/DanhMucThuTuc.aspx">Danh mục thủ tục hành chính, dịch vụ công trực tuyến</a></li>
<li><a href="/Pages/ThuTuc-CapDoiGPLX.aspx">Cấp đổi giấy phép lái xe (mức 4 - thanh toán trực tuyến)</a></li>
<li><a href="/Pages/HuongDan.aspx">Hướng dẫn nộp hồ sơ trực tuyến</a></li>
<li><a href="/Pages/TraCuuHoSo.aspx">Tra cứu tình trạng hồ sơ</a></li>
</ul></div>
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
