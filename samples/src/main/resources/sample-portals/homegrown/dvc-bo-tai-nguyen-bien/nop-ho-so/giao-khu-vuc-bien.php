<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nộp hồ sơ: Giao khu vực biển - Cổng dịch vụ công trực tuyến Bộ Tài nguyên Biển</title>
<link rel="stylesheet" href="/css/dvc.css">
</head>
<body>
<div id="header">
<a href="/index.html"><img src="/images/logo-dvc.png" alt="Biểu trưng Bộ Tài nguyên Biển" width="56" height="56"></a>
<span class="site-title">CỔNG DỊCH VỤ CÔNG TRỰC TUYẾN – BỘ TÀI NGUYÊN BIỂN</span>
</div>
<ul id="menu">
<li><a href="/index.html">Trang chủ</a></li>
<li><a href="/danh-muc.php">Danh mục dịch vụ công</a></li>
<li><a href="/huong-dan.php">Hướng dẫn sử dụng</a></li>
<li><a href="/tra-cuu-ho-so.php">Tra cứu hồ sơ</a></li>
<li><a href="/thong-ke.php">Thống kê</a></li>
<li><a href="{{site:bo-tai-nguyen-bien}}/">Cổng thông tin Bộ</a></li>
</ul>
<div id="content">
<h1>Đăng nhập để nộp hồ sơ</h1>
<p>Dịch vụ: <strong>Giao khu vực biển</strong>. Tổ chức, cá nhân cần đăng nhập bằng tài khoản đã đăng ký để khai và nộp hồ sơ trực tuyến.</p>
<form action="/nop-ho-so/giao-khu-vuc-bien.php" method="post" class="form-dang-nhap">
<p><label for="ten-dang-nhap">Tên đăng nhập</label> <input type="text" id="ten-dang-nhap" name="username" required></p>
<p><label for="mat-khau">Mật khẩu</label> <input type="password" id="mat-khau" name="password" required></p>
<p><button type="submit">Đăng nhập</button></p>
</form>
</div>
<div id="footer">
<p>Bộ Tài nguyên Biển – Bộ phận tiếp nhận và trả kết quả: Số 18 phố Hoàng Sa, quận Ba Đình, Hà Nội.<br>
Điện thoại hỗ trợ: (024) 3795 1299 – Email: motcua@botnb.example.gov.vn</p>
</div>
</body>
</html>
