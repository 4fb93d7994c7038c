<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Kiểm tra công tác bảo vệ môi trường tại các doanh nghiệp chế biến thủy sản - Ban Quản lý Kinh tế Biển</title>
<link rel="stylesheet" type="text/css" href="/_catalogs/masterpage/BQLKTB/css/corev15.css">
<link rel="stylesheet" type="text/css" href="/_catalogs/masterpage/BQLKTB/css/bqlktb.css">
<script type="text/javascript">function __doPostBack(eventTarget, eventArgument) { var f = document.forms['aspnetForm']; if (f) { f.__EVENTTARGET.value = eventTarget; f.__EVENTARGUMENT.value = eventArgument; f.submit(); } }</script>
</head>
<body>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<div id="s4-titlerow" class="ms-dialogHidden">
<div class="ms-tableRow">
<div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><a href="/Pages/Default.aspx"><img src="/SiteAssets/logo-bqlktb.png" alt="Biểu trưng Ban Quản lý Kinh tế Biển" width="70" height="70"></a></div>
<div class="ms-breadcrumb-box ms-tableCell ms-verticalAlignTop">
<div class="ms-core-pageTitle">Cổng thông tin điện tử Ban Quản lý Kinh tế Biển</div>
</div>
<div class="ms-tableCell ms-verticalAlignTop top-right">
<a href="/Pages/Sitemap.aspx">Sitemap</a> | <a href="/_layouts/15/Authenticate.aspx?Source=%2FPages%2FDefault%2Easpx" class="ms-signInLink">Đăng nhập</a>
<form action="/Pages/KetQuaTimKiem.aspx" method="get" id="SearchBox" role="search" class="ms-srch-sb ms-srch-sb-border">
<label for="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" class="ms-hidden">Tìm kiếm</label>
<input type="text" name="k" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" maxlength="2048" title="Tìm kiếm..." class="ms-textSmall ms-srch-sb-prompt ms-helperText">
<input type="submit" value="Tìm" class="ms-srch-sb-searchLink">
</form>
</div>
</div>
</div>
<nav id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation" aria-label="Menu chính">
<div id="zz1_TopNavigationMenu" class="noindex ms-core-listMenu-horizontalBox">
<ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/Default.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/GioiThieu.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/LanhDao.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Lãnh đạo Ban</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/DonViTrucThuoc.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Đơn vị trực thuộc</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/TinTuc.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Tin tức-Sự kiện</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/LichCongTac.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Lịch công tác</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/VanBan.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Văn bản</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/PhoBienPhapLuat.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Phổ biến pháp luật</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/QuyHoachKeHoach.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Quy hoạch - Kế hoạch</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/DuAnDauTu.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Dự án - Đầu tư</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/ThiDuaKhenThuong.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Thi đua - Khen thưởng</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/GopYDuThao.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Góp ý dự thảo</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/NghienCuuKhoaHoc.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Nghiên cứu khoa học</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/ThongKe.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Thống kê</span></span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/LienHe.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">Liên hệ</span></span></a></li>
</ul>
</div>
</nav>
<div id="contentRow">
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="ms-webpart-zone ms-fullWidth">
<div class="ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth s4-wpcell-plain">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<h1 class="ms-webpart-titleText">Kiểm tra công tác bảo vệ môi trường tại các doanh nghiệp chế biến thủy sản</h1>
<div class="ms-WPBody ms-rtestate-field">
<div class="article-date ms-metadata">18/11/2016</div>
<div class="article-summary"><strong>Đoàn kiểm tra đã làm việc tại 12 doanh nghiệp, yêu cầu 3 doanh nghiệp khắc phục hệ thống xử lý nước thải.</strong></div>
<div class="article-content">
<p>Từ ngày 14 đến 18/11/2016, đoàn kiểm tra liên ngành do Ban chủ trì đã kiểm tra công tác bảo vệ môi trường tại 12 doanh nghiệp chế biến thủy sản trong khu kinh tế.</p>
</div>
<div class="article-tools">
<a href="javascript:window.print();" class="ms-promlink">In bài viết</a> |
<a href="javascript:void(0);" onclick="document.execCommand('SaveAs');" class="ms-promlink">Lưu bài viết</a>
</div>
<p><a href="/Pages/TinTuc.aspx">« Quay lại danh sách tin</a></p>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
<div id="footer" class="ms-dialogHidden">
<p><strong>BAN QUẢN LÝ KINH TẾ BIỂN</strong><br>
Địa chỉ: Tầng 6, Tòa nhà Hành chính, số 9 đường Trần Phú, thành phố Cửa Việt<br>
Điện thoại: (0232) 383 6611</p>
<p>Bản quyền © 2015 Ban Quản lý Kinh tế Biển.</p>
</div>
</div>
</div>
</body>
</html>
