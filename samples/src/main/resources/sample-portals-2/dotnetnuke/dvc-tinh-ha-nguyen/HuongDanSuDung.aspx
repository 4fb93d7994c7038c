<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hướng dẫn sử dụng - Hệ thống một cửa điện tử tỉnh Hà Nguyên</title>
</head>
<body class="aspx">
<div class="top"><img src="/images/quoc-huy.png" alt="Quốc huy"> <span class="sys-name">HỆ THỐNG MỘT CỬA ĐIỆN TỬ TỈNH HÀ NGUYÊN</span><span class="hotline">Hỗ trợ: 0219.3866.888</span></div>
<ul class="dvc-menu"><li><a href="/">Trang chủ</a></li><li><a href="/DanhMucTTHC.aspx">Danh mục dịch vụ công</a></li><li><a href="/HuongDanSuDung.aspx">Hướng dẫn</a></li><li><a href="/TraCuuHoSo.aspx">Tra cứu hồ sơ</a></li><li><a href="/ThongKe.aspx">Thống kê</a></li></ul>
<div class="main"><div class="breadcrumb"><a href="/">Trang chủ</a> › Hướng dẫn sử dụng</div><h1>Hướng dẫn sử dụng</h1>
<ol><li>Đăng ký tài khoản.</li><li>Chọn thủ tục, khai báo thông tin và đính kèm hồ sơ.</li><li>Theo dõi tình trạng xử lý tại mục Tra cứu hồ sơ.</li></ol>
</div>
<div class="footer">Trung tâm Phục vụ hành chính công tỉnh Hà Nguyên</div>
</body>
</html>
