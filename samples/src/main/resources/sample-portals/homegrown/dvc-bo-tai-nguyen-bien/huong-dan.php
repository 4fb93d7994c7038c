<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hướng dẫn sử dụng - Cổng dịch vụ công trực tuyến Bộ Tài nguyên Biển</title>
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
<h1>Hướng dẫn sử dụng</h1>
<h2>1. Tìm dịch vụ công</h2>
<p>Vào mục Danh mục dịch vụ công, chọn lĩnh vực và thủ tục cần thực hiện để xem đầy đủ thông tin về trình tự, thành phần hồ sơ, thời hạn và lệ phí.</p>
<h2>2. Tải mẫu đơn</h2>
<p>Tại trang thông tin thủ tục, bấm "Tải mẫu đơn" để tải về đơn, tờ khai, điền thông tin và ký.</p>
<h2>3. Nộp hồ sơ trực tuyến</h2>
<p>Với các dịch vụ mức độ 3, mức độ 4, bấm "Nộp hồ sơ trực tuyến", điền thông tin và đính kèm hồ sơ đã quét. Một số thủ tục yêu cầu đăng nhập bằng tài khoản đã đăng ký.</p>
<h2>4. Thanh toán lệ phí</h2>
<p>Với các dịch vụ mức độ 4, sau khi hồ sơ được tiếp nhận, bấm "Thanh toán trực tuyến" và chọn cổng thanh toán.</p>
<h2>5. Theo dõi hồ sơ</h2>
<p>Sử dụng mã hồ sơ được gửi qua email để tra cứu tại mục Tra cứu hồ sơ.</p>
</div>
<div id="footer">
<p>Bộ Tài nguyên Biển – Bộ phận tiếp nhận và trả kết quả: Số 18 phố Hoàng Sa, quận Ba Đình, Hà Nội.<br>
Điện thoại hỗ trợ: (024) 3795 1299 – Email: motcua@botnb.example.gov.vn</p>
</div>
</body>
</html>
