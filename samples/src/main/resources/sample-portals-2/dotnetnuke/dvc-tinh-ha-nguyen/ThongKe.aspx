<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thống kê tình hình giải quyết hồ sơ - Hệ thống một cửa điện tử tỉnh Hà Nguyên</title>
</head>
<body class="aspx">
<div class="top"><img src="/images/quoc-huy.png" alt="Quốc huy"> <span class="sys-name">HỆ THỐNG MỘT CỬA ĐIỆN TỬ TỈNH HÀ NGUYÊN</span><span class="hotline">Hỗ trợ: 0219.3866.888</span></div>
<ul class="dvc-menu"><li><a href="/">Trang chủ</a></li><li><a href="/DanhMucTTHC.aspx">Danh mục dịch vụ công</a></li><li><a href="/HuongDanSuDung.aspx">Hướng dẫn</a></li><li><a href="/TraCuuHoSo.aspx">Tra cứu hồ sơ</a></li><li><a href="/ThongKe.aspx">Thống kê</a></li></ul>
<div class="main"><div class="breadcrumb"><a href="/">Trang chủ</a> › Thống kê tình hình giải quyết hồ sơ</div><h1>Thống kê tình hình giải quyết hồ sơ</h1>
<table><tr><th>Năm</th><th>Hồ sơ tiếp nhận</th><th>Trực tuyến</th><th>Đúng hạn</th></tr><tr><td>2016</td><td>41.200</td><td>3.020</td><td>97,2%</td></tr></table>
</div>
<div class="footer">Trung tâm Phục vụ hành chính công tỉnh Hà Nguyên</div>
</body>
</html>
