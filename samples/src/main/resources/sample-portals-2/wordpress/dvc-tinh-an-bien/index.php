<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trang chủ - Một cửa điện tử tỉnh An Biên</title>
</head>
<body class="php">
<div class="top"><img src="/images/quoc-huy.png" alt="Quốc huy"> <span class="sys-name">MỘT CỬA ĐIỆN TỬ TỈNH AN BIÊN</span><span class="hotline">Hỗ trợ: 0297.3999.888</span></div>
<ul class="dvc-menu"><li><a href="/">Trang chủ</a></li><li><a href="/index.php?module=danhmuc">Danh mục dịch vụ công</a></li><li><a href="/index.php?module=huongdan">Hướng dẫn</a></li><li><a href="/index.php?module=tracuu">Tra cứu hồ sơ</a></li><li><a href="/index.php?module=thongke">Thống kê</a></li></ul>
<div class="main"><h1>Trang chủ</h1>
<p>Nộp hồ sơ, thanh toán và tra cứu kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh An Biên.</p><p><a href="/index.php?module=danhmuc">Xem danh mục dịch vụ công trực tuyến (9 thủ tục)</a></p>
</div>
<div class="footer">Hệ thống thông tin giải quyết thủ tục hành chính tỉnh An Biên</div>
</body>
</html>
