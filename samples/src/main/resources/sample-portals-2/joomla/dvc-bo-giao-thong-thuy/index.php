<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trang chủ - Dịch vụ công trực tuyến Bộ Giao thông Đường thủy</title>
</head>
<body class="php">
<div class="top"><img src="/images/quoc-huy.png" alt="Quốc huy"> <span class="sys-name">DỊCH VỤ CÔNG TRỰC TUYẾN BỘ GIAO THÔNG ĐƯỜNG THỦY</span><span class="hotline">Hỗ trợ: 1900 6789</span></div>
<ul class="dvc-menu"><li><a href="/">Trang chủ</a></li><li><a href="/index.php?module=danhmuc">Danh mục dịch vụ công</a></li><li><a href="/index.php?module=huongdan">Hướng dẫn</a></li><li><a href="/index.php?module=tracuu">Tra cứu hồ sơ</a></li><li><a href="/index.php?module=thongke">Thống kê</a></li></ul>
<div class="main"><h1>Trang chủ</h1>
<p>Hệ thống cung cấp dịch vụ công trực tuyến của Bộ Giao thông Đường thủy và các cơ quan trực thuộc.</p><p><a href="/index.php?module=danhmuc">Xem danh mục dịch vụ công trực tuyến (10 thủ tục)</a></p>
</div>
<div class="footer">Bộ Giao thông Đường thủy - Hệ thống dịch vụ công trực tuyến</div>
</body>
</html>
