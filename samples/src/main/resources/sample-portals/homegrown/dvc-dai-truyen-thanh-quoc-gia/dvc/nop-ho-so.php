<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nộp hồ sơ trực tuyến - Dịch vụ công trực tuyến Đài Truyền thanh Quốc gia</title>
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
<h1>Nộp hồ sơ trực tuyến</h1>
<form action="/dvc/nop-ho-so.php" method="post" enctype="multipart/form-data">
<p><label for="ma">Thủ tục</label>
<select id="ma" name="ma"><option value="TT01">Cung cấp bản sao tư liệu âm thanh lưu trữ</option><option value="TT02">Cấp phép sử dụng tư liệu âm thanh của Đài cho mục đích phi thương mại</option><option value="TT04">Đăng ký phát thông báo và quảng cáo trên sóng phát thanh</option><option value="TT05">Đăng ký tài trợ chương trình phát thanh</option></select></p>
<p><label for="hoten">Họ tên người nộp</label> <input type="text" id="hoten" name="hoten" required></p>
<p><label for="cmnd">Số CMND/Căn cước</label> <input type="text" id="cmnd" name="cmnd" required></p>
<p><label for="dienthoai">Điện thoại</label> <input type="text" id="dienthoai" name="dienthoai" required></p>
<p><label for="email">Email</label> <input type="email" id="email" name="email"></p>
<p><label for="tep">Tệp hồ sơ (đơn đã điền và giấy tờ kèm theo)</label> <input type="file" id="tep" name="tep[]" multiple required></p>
<p><input type="submit" value="Gửi hồ sơ"></p>
</form>
<p>Sau khi gửi, hệ thống cấp mã hồ sơ để tra cứu tại mục <a href="/dvc/tra-cuu.php">Tra cứu hồ sơ</a>.</p>
</div>
<div class="footer">
Đài Truyền thanh Quốc gia – Bộ phận một cửa: Tầng 1, số 45 phố Quán Sứ, quận Hoàn Kiếm, Hà Nội.<br>
Điện thoại: (04) 3825 6690 – Email: motcua@dttqg.example.gov.vn
</div>
</div>
</body>
</html>
