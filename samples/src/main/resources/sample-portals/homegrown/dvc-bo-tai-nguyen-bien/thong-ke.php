<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thống kê - Cổng dịch vụ công trực tuyến Bộ Tài nguyên Biển</title>
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
<h1>Thống kê tình hình tiếp nhận hồ sơ năm 2016</h1>
<p>Số liệu từ 01/01/2016 đến 28/12/2016.</p>
<table class="thong-ke">
<thead><tr><th scope="col">Lĩnh vực</th><th scope="col">Tổng số hồ sơ tiếp nhận</th><th scope="col">Tiếp nhận trực tuyến</th><th scope="col">Tiếp nhận trực tiếp, qua bưu điện</th><th scope="col">Đã giải quyết đúng hạn</th></tr></thead>
<tbody>
<tr><td>Biển và hải đảo</td><td>46</td><td>31</td><td>15</td><td>44</td></tr>
<tr><td>Tài nguyên nước</td><td>184</td><td>96</td><td>88</td><td>182</td></tr>
<tr><td>Khí tượng thủy văn</td><td>127</td><td>88</td><td>39</td><td>125</td></tr>
<tr><th scope="row">Tổng cộng</th><td>357</td><td>215</td><td>142</td><td>351</td></tr>
</tbody>
</table>
<p>Tỷ lệ hồ sơ tiếp nhận trực tuyến: 60.2%.</p>
</div>
<div id="footer">
<p>Bộ Tài nguyên Biển – Bộ phận tiếp nhận và trả kết quả: Số 18 phố Hoàng Sa, quận Ba Đình, Hà Nội.<br>
Điện thoại hỗ trợ: (024) 3795 1299 – Email: motcua@botnb.example.gov.vn</p>
</div>
</body>
</html>
