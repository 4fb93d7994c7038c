<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trang chủ - Cổng thông tin điện tử Học viện Hành chính Công</title>
<meta name="description" content="Cổng thông tin điện tử Học viện Hành chính Công">
<link rel="stylesheet" href="/css/joomla.css">
</head>
<body class="site com_content itemid-101">
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-top"><span class="today">Thứ Năm, 29/12/2016</span> <div class="top-links"><a href="/en/index.html">English</a></div></div><div class="header-main"><a href="/"><img src="/images/logo.png" alt="Logo Cổng thông tin điện tử Học viện Hành chính Công" class="logo"></a><div class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ HỌC VIỆN HÀNH CHÍNH CÔNG<br><small>Học viện Hành chính Công</small></div></div><form class="search" action="/component/search/" method="get" role="search"><input type="text" id="q-top" name="searchword" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form></header>
<nav class="navigation" role="navigation"><div class="moduletable_menu"><ul class="nav menu mod-list"><li class="parent"><a href="/index.php?option=com_content&amp;view=article&amp;id=67&amp;Itemid=105">Giới thiệu</a><ul class="submenu"><li><a href="/index.php?option=com_content&amp;view=article&amp;id=67&amp;Itemid=105">Giới thiệu</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=69&amp;Itemid=107">Ban Giám đốc</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=74&amp;Itemid=105">Đơn vị</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=71&amp;Itemid=102">Liên hệ</a></li></ul></li><li class="item"><a href="/index.php?option=com_content&amp;view=category&amp;id=76&amp;Itemid=107">Tin tức</a></li><li class="item"><a href="/index.php?option=com_content&amp;view=article&amp;id=86&amp;Itemid=103">Lịch công tác</a></li><li class="item"><a href="/index.php?option=com_content&amp;view=category&amp;id=88&amp;Itemid=105">Văn bản</a></li><li class="item"><a href="/index.php?option=com_content&amp;view=category&amp;id=78&amp;Itemid=102">Thi đua</a></li><li class="item"><a href="/index.php?option=com_content&amp;view=category&amp;id=81&amp;Itemid=105">Kế hoạch</a></li><li class="item"><a href="/index.php?option=com_content&amp;view=category&amp;id=83&amp;Itemid=107">Nghiên cứu khoa học</a></li><li class="item"><a href="/index.php?option=com_content&amp;view=category&amp;id=91&amp;Itemid=101">Hỏi đáp</a></li><li class="item"><a href="{{site:dvc-hoc-vien-hanh-chinh-cong}}/">Dịch vụ công</a></li></ul></div></nav>
<div class="row-fluid"><main id="content" role="main" class="span9"><div class="item-page"><h1 class="site-title-h1">Cổng thông tin điện tử Học viện Hành chính Công</h1><div class="home-news"><h2><a href="/index.php?option=com_content&amp;view=category&amp;id=76&amp;Itemid=107">Tin tức - Sự kiện</a></h2><ul><li><a href="/index.php?option=com_content&amp;view=article&amp;id=201&amp;catid=76&amp;Itemid=107">Lễ bế giảng lớp bồi dưỡng ngạch chuyên viên cao cấp</a> <span class="date">05/12/2016</span></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=202&amp;catid=76&amp;Itemid=107">Hội thảo khoa học về cải cách công vụ</a> <span class="date">25/11/2016</span></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=203&amp;catid=76&amp;Itemid=107">Lễ khai giảng cao học hành chính công khóa 21</a> <span class="date">14/11/2016</span></li></ul><a class="more" href="/index.php?option=com_content&amp;view=category&amp;id=76&amp;Itemid=107">Xem tiếp</a></div></div></main>
<div id="aside" class="span3"><div class="well"><div class="block weblinks"><h3 class="block-title">Các cơ quan, đơn vị</h3><ul><li><a href="https://hcm.hvhcc.example.gov.vn/" target="_blank">Phân viện TP Hồ Chí Minh</a></li><li><a href="https://moha.example.gov.vn/" target="_blank">Bộ Nội vụ</a></li></ul></div></div></div></div>
<footer class="footer" role="contentinfo"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HỌC VIỆN HÀNH CHÍNH CÔNG</strong></p>
<p>Cơ quan chủ quản: Học viện Hành chính Công</p>
<p>Địa chỉ: Số 77 Nguyễn Chí Thanh, quận Đống Đa, Hà Nội</p>
<p>Điện thoại: 024.3834.3541</p>
<p>Email: <a href="mailto:hvhcc@hvhcc.example.gov.vn">hvhcc@hvhcc.example.gov.vn</a></p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử Học viện Hành chính Công" khi phát hành lại thông tin từ website này.</p></footer>
</div></div>
</body>
</html>
