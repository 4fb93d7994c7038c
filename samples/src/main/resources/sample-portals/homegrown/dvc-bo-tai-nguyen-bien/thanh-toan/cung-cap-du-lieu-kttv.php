<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thanh toán: Cung cấp thông tin, dữ liệu khí tượng thủy văn - Cổng dịch vụ công trực tuyến Bộ Tài nguyên Biển</title>
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
<h1>Thanh toán lệ phí trực tuyến</h1>
<p>Dịch vụ: <strong>Cung cấp thông tin, dữ liệu khí tượng thủy văn</strong></p>
<form action="/thanh-toan/cung-cap-du-lieu-kttv.php" method="post" class="form-thanh-toan">
<p><label for="ma-ho-so">Mã hồ sơ</label> <input type="text" id="ma-ho-so" name="maHoSo" required></p>
<p><label for="so-tien">Số tiền (đồng)</label> <input type="text" id="so-tien" name="soTien" value="850.000" readonly></p>
<fieldset>
<legend>Chọn cổng thanh toán</legend>
<p><input type="radio" id="cong-qg" name="congThanhToan" value="QUOC_GIA" checked> <label for="cong-qg">Cổng thanh toán quốc gia</label></p>
<p><input type="radio" id="cong-the" name="congThanhToan" value="THE_ATM"> <label for="cong-the">Thẻ ATM nội địa / Internet Banking</label></p>
<p><input type="radio" id="cong-vi" name="congThanhToan" value="VI_DIEN_TU"> <label for="cong-vi">Ví điện tử</label></p>
</fieldset>
<p><button type="submit">Thanh toán</button></p>
</form>
</div>
<div id="footer">
<p>Bộ Tài nguyên Biển – Bộ phận tiếp nhận và trả kết quả: Số 18 phố Hoàng Sa, quận Ba Đình, Hà Nội.<br>
Điện thoại hỗ trợ: (024) 3795 1299 – Email: motcua@botnb.example.gov.vn</p>
</div>
</body>
</html>
