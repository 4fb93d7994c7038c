<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Danh mục dịch vụ công trực tuyến - Dịch vụ công trực tuyến Đài Truyền thanh Quốc gia</title>
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
<h1>Danh mục dịch vụ công trực tuyến</h1>
<p>Danh mục thủ tục hành chính và dịch vụ công trực tuyến của Đài Truyền thanh Quốc gia.</p>
<h2>Lĩnh vực Tư liệu phát thanh</h2>
<table class="ds">
<tr><th>Mã</th><th>Tên thủ tục</th><th>Mức độ</th></tr>
<tr><td>TT01</td><td><a href="/dvc/thutuc-01.php">Cung cấp bản sao tư liệu âm thanh lưu trữ</a></td><td>Mức độ 3</td></tr>
<tr><td>TT02</td><td><a href="/dvc/thutuc-02.php">Cấp phép sử dụng tư liệu âm thanh của Đài cho mục đích phi thương mại</a></td><td>Mức độ 3</td></tr>
<tr><td>TT03</td><td><a href="/dvc/thutuc-03.php">Xác nhận phát sóng tác phẩm cho tác giả và cộng tác viên</a></td><td>Mức độ 2</td></tr>
</table>
<h2>Lĩnh vực Quảng cáo - Thông báo</h2>
<table class="ds">
<tr><th>Mã</th><th>Tên thủ tục</th><th>Mức độ</th></tr>
<tr><td>TT04</td><td><a href="/dvc/thutuc-04.php">Đăng ký phát thông báo và quảng cáo trên sóng phát thanh</a></td><td>Mức độ 3</td></tr>
<tr><td>TT05</td><td><a href="/dvc/thutuc-05.php">Đăng ký tài trợ chương trình phát thanh</a></td><td>Mức độ 3</td></tr>
<tr><td>TT06</td><td><a href="/dvc/thutuc-06.php">Đăng ký phát thông báo tìm người thân và nhắn tin</a></td><td>Mức độ 2</td></tr>
</table>
<h2>Lĩnh vực Hợp tác - Tiếp sóng</h2>
<table class="ds">
<tr><th>Mã</th><th>Tên thủ tục</th><th>Mức độ</th></tr>
<tr><td>TT07</td><td><a href="/dvc/thutuc-07.php">Đăng ký tiếp sóng chương trình của Đài đối với đài địa phương</a></td><td>Mức độ 2</td></tr>
<tr><td>TT08</td><td><a href="/dvc/thutuc-08.php">Đăng ký tham quan và tìm hiểu hoạt động của Đài</a></td><td>Mức độ 1</td></tr>
<tr><td>TT09</td><td><a href="/dvc/thutuc-09.php">Đăng ký hợp tác sản xuất chương trình phát thanh</a></td><td>Mức độ 1</td></tr>
</table>
</div>
<div class="footer">
Đài Truyền thanh Quốc gia – Bộ phận một cửa: Tầng 1, số 45 phố Quán Sứ, quận Hoàn Kiếm, Hà Nội.<br>
Điện thoại: (04) 3825 6690 – Email: motcua@dttqg.example.gov.vn
</div>
</div>
</body>
</html>
