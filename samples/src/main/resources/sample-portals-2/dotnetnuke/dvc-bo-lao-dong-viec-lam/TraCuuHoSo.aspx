<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tra cứu hồ sơ - Cổng dịch vụ công Bộ Lao động và Việc làm</title>
</head>
<body class="aspx">
<div class="top"><img src="/images/quoc-huy.png" alt="Quốc huy"> <span class="sys-name">CỔNG DỊCH VỤ CÔNG BỘ LAO ĐỘNG VÀ VIỆC LÀM</span><span class="hotline">Hỗ trợ: 024.3826.9600</span></div>
<ul class="dvc-menu"><li><a href="/">Trang chủ</a></li><li><a href="/DanhMucTTHC.aspx">Danh mục dịch vụ công</a></li><li><a href="/HuongDanSuDung.aspx">Hướng dẫn</a></li><li><a href="/TraCuuHoSo.aspx">Tra cứu hồ sơ</a></li></ul>
<div class="main"><div class="breadcrumb"><a href="/">Trang chủ</a> › Tra cứu hồ sơ</div><h1>Tra cứu hồ sơ</h1>
<form method="get" action="/TraCuuHoSo.aspx"><label for="mahs">Mã hồ sơ</label> <input id="mahs" name="mahs" type="text"><button type="submit">Tra cứu</button></form>
</div>
<div class="footer">Cổng dịch vụ công trực tuyến - Bộ Lao động và Việc làm</div>
</body>
</html>
