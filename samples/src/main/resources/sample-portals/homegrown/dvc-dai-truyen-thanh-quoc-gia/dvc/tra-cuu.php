<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tra cứu hồ sơ - Dịch vụ công trực tuyến Đài Truyền thanh Quốc gia</title>
<link rel="stylesheet" href="/css/dvc.css">
</head>
<body>
<div class="wrap">
<div class="top">
<a href="/index.html"><img src="/images/logo-dttqg.png" alt="Logo Đài Truyền thanh Quốc gia" width="60" height="60"></a>
<span class="brand">HỆ THỐNG DỊCH VỤ CÔNG TRỰC TUYẾN<br><small>ĐÀI TRUYỀN THANH QUỐC GIA</small></span>
</div>
<div class="menu">
<a href="/index.html">Trang chủ</a>
<a href="/dvc/danh-muc.php">Danh mục thủ tục</a>
<a href="/dvc/tra-cuu.php">Tra cứu hồ sơ</a>
<a href="/dvc/huong-dan.php">Hướng dẫn sử dụng</a>
<a href="/dvc/dang-nhap.php">Đăng nhập</a>
<a href="{{site:dai-truyen-thanh-quoc-gia}}/">Cổng thông tin Đài</a>
</div>
<div class="noidung">
<h1>Tra cứu hồ sơ</h1>
<form action="/dvc/tra-cuu.php" method="get">
<p><label for="mahoso">Mã hồ sơ</label> <input type="text" id="mahoso" name="mahoso" placeholder="VD: DTTQG-2016-001234"></p>
<p><label for="sdt">Số điện thoại người nộp</label> <input type="text" id="sdt" name="sdt"></p>
<p><input type="submit" value="Tra cứu"></p>
</form>
<p>Nhập mã hồ sơ được cấp khi nộp hồ sơ để xem tình trạng xử lý.</p>
</div>
<div class="footer">
Đài Truyền thanh Quốc gia – Bộ phận một cửa: Tầng 1, số 45 phố Quán Sứ, quận Hoàn Kiếm, Hà Nội.<br>
Điện thoại: (04) 3825 6690 – Email: motcua@dttqg.example.gov.vn
</div>
</div>
</body>
</html>
