<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đăng nhập để nộp hồ sơ - Dịch vụ công trực tuyến Đài Truyền thanh Quốc gia</title>
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
<h1>Đăng nhập để nộp hồ sơ</h1>
<p>Thủ tục này yêu cầu tài khoản. Vui lòng đăng nhập để tiếp tục nộp hồ sơ trực tuyến.</p>
<form action="/dvc/dang-nhap.php" method="post">
<p><label for="username">Tên đăng nhập</label> <input type="text" id="username" name="username" required></p>
<p><label for="password">Mật khẩu</label> <input type="password" id="password" name="password" required></p>
<input type="hidden" name="return" value="/dvc/nop-ho-so.php?ma=TT02">
<p><input type="submit" value="Đăng nhập"></p>
</form>
<p>Chưa có tài khoản? Đăng ký tại Bộ phận một cửa hoặc gọi (04) 3825 6690.</p>
</div>
<div class="footer">
Đài Truyền thanh Quốc gia – Bộ phận một cửa: Tầng 1, số 45 phố Quán Sứ, quận Hoàn Kiếm, Hà Nội.<br>
Điện thoại: (04) 3825 6690 – Email: motcua@dttqg.example.gov.vn
</div>
</div>
</body>
</html>
