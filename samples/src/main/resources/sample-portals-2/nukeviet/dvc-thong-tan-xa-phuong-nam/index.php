<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trang chủ - Thủ tục hành chính - Thông tấn xã Phương Nam</title>
</head>
<body class="php">
<div class="top"><img src="/images/quoc-huy.png" alt="Quốc huy"> <span class="sys-name">THỦ TỤC HÀNH CHÍNH - THÔNG TẤN XÃ PHƯƠNG NAM</span><span class="hotline">Hỗ trợ: 024.3825.2931</span></div>
<ul class="dvc-menu"><li><a href="/">Trang chủ</a></li><li><a href="/index.php?module=danhmuc">Danh mục dịch vụ công</a></li><li><a href="/index.php?module=huongdan">Hướng dẫn</a></li></ul>
<div class="main"><h1>Trang chủ</h1>
<p>Danh sách thủ tục hành chính thuộc thẩm quyền giải quyết của Thông tấn xã Phương Nam.</p><p><a href="/index.php?module=danhmuc">Xem danh mục dịch vụ công trực tuyến (5 thủ tục)</a></p>
</div>
<div class="footer">Thông tấn xã Phương Nam</div>
</body>
</html>
