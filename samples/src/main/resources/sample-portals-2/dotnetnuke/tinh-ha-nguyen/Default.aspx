<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trang chủ - Cổng thông tin điện tử tỉnh Hà Nguyên</title>
<meta name="description" content="Cổng thông tin điện tử tỉnh Hà Nguyên">
<meta property="og:title" content="Trang chủ">
<meta property="og:site_name" content="Cổng thông tin điện tử tỉnh Hà Nguyên">
<link rel="stylesheet" href="/css/dnn.css">
</head>
<body id="Body">
<form method="post" action="/Default.aspx" id="Form" enctype="multipart/form-data">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWAmYPZBYCZg8WAh4EVGV4dAVF">
<div id="dnn_wrapper"><div id="dnn_HeaderPane" class="HeaderPane"><div class="header-top"><span class="today">Thứ Sáu, 30/12/2016</span> <div class="top-links"><a href="/Default.aspx?tabid=93">Sơ đồ cổng</a> | <a class="lang-flag" href="/en/index.html"><img src="/images/flags/gb.gif" width="24" height="16"></a></div></div><div class="header-main"><a href="/"><img src="/images/logo.png" alt="Logo Cổng thông tin điện tử tỉnh Hà Nguyên" class="logo"></a><div class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NGUYÊN<br><small>Ủy ban nhân dân tỉnh Hà Nguyên</small></div><div class="banner-right"><a href="{{site:dvc-tinh-ha-nguyen}}/" target="_blank"><img src="/images/banner/banner-mot-cua.png" alt="" width="260" height="90"></a></div></div><form class="search" action="/SearchResults.aspx" method="get" role="search"><label for="q-top">Tìm kiếm</label> <input type="text" id="q-top" name="Search"><button type="submit">Tìm</button></form></div>
<div id="dnn_MenuPane"><ul class="dnnmega mainMenu"><li class="parent"><a href="/Default.aspx?tabid=57">Giới thiệu</a><ul class="submenu"><li><a href="/Default.aspx?tabid=57">Giới thiệu chung</a></li><li><a href="/Default.aspx?tabid=59">Lãnh đạo</a></li><li><a href="/Default.aspx?tabid=64">Đơn vị trực thuộc</a></li></ul></li><li class="item"><a href="/Default.aspx?tabid=66">Tin tức - Sự kiện</a></li><li class="parent"><a href="/Default.aspx?tabid=68">Chỉ đạo điều hành</a><ul class="submenu"><li><a href="/Default.aspx?tabid=68">Ý kiến chỉ đạo</a></li><li><a href="/Default.aspx?tabid=69">Trả lời kiến nghị</a></li></ul></li><li class="parent"><a href="/Default.aspx?tabid=87">Văn bản</a><ul class="submenu"><li><a href="/Default.aspx?tabid=87">Văn bản quy phạm pháp luật</a></li><li><a href="/Default.aspx?tabid=76">Công báo</a></li><li><a href="/Default.aspx?tabid=88">Dự thảo văn bản</a></li></ul></li><li class="item"><a href="/Default.aspx?tabid=71">Phổ biến pháp luật</a></li><li class="item"><a href="/Default.aspx?tabid=74">Quy hoạch - Kế hoạch</a></li><li class="item"><a href="/Default.aspx?tabid=79">Dự án - Đấu thầu</a></li><li class="item"><a href="/Default.aspx?tabid=82">Thống kê</a></li><li class="item"><a href="/Default.aspx?tabid=61">Liên hệ</a></li></ul><div class="quick-links"><a class="quick-icon" href="/Default.aspx?tabid=85"><img src="/images/icon/lich.png" alt="" width="48" height="48"></a><a class="quick-icon" href="/Default.aspx?tabid=87"><img src="/images/icon/vanban.png" alt="" width="48" height="48"></a><a class="quick-icon" href="/Default.aspx?tabid=91"><img src="/images/icon/hoidap.png" alt="" width="48" height="48"></a></div></div>
<div class="dnn_layout"><div id="dnn_LeftPane" class="LeftPane"><div class="block weblinks"><h3 class="block-title">Liên kết website</h3><select onchange="if(this.value) window.open(this.value)" aria-label="Liên kết website"><option value="">-- Liên kết website --</option><option value="https://snv.hanguyen.example.gov.vn/">Sở Nội vụ</option><option value="https://dongvan.hanguyen.example.gov.vn/">UBND huyện Đồng Văn</option></select></div><div class="block counter"><h3 class="block-title">Thống kê truy cập</h3><p>Đang truy cập: 75</p><p>Hôm nay: 1.902</p><p>Tổng lượt truy cập: 2.004.718</p></div></div>
<div id="dnn_ContentPane" class="ContentPane"><div class="DnnModule DnnModule-DNN_HTML"><div id="dnn_ctr512_ContentPane"><h1 class="site-title-h1">Cổng thông tin điện tử tỉnh Hà Nguyên</h1><div class="home-news"><h2><a href="/Default.aspx?tabid=66">Tin tức - Sự kiện</a></h2><ul><li><a href="/Default.aspx?tabid=66&amp;ArticleId=1001">Hội nghị tổng kết công tác cải cách hành chính năm 2016</a> <span class="date">26/12/2016</span></li><li><a href="/Default.aspx?tabid=66&amp;ArticleId=1002">Lễ hội hoa tam giác mạch thu hút hơn 100.000 lượt khách</a> <span class="date">20/12/2016</span></li><li><a href="/Default.aspx?tabid=66&amp;ArticleId=1003">Bàn giao nhà đại đoàn kết cho hộ nghèo huyện Mèo Vạc</a> <span class="date">08/12/2016</span></li></ul><a class="more" href="/Default.aspx?tabid=66">Xem tiếp</a></div></div></div></div></div>
<div id="dnn_FooterPane"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NGUYÊN</strong></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Nguyên</p>
<p>Địa chỉ: Số 18 đường Hùng Vương, thành phố Hà Nguyên</p>
<p>Điện thoại: 0219.382.1355</p>
<p>Email: <a href="mailto:vpubnd@hanguyen.example.gov.vn">vpubnd@hanguyen.example.gov.vn</a></p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử tỉnh Hà Nguyên" khi phát hành lại thông tin từ website này.</p></div></div>
</form>
</body>
</html>
