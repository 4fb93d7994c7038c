<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nộp hồ sơ: Cấp giấy phép khai thác, sử dụng tài nguyên hải đảo - Cổng dịch vụ công trực tuyến Bộ Tài nguyên Biển</title>
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
<h1>Nộp hồ sơ trực tuyến</h1>
<p>Dịch vụ: <strong>Cấp giấy phép khai thác, sử dụng tài nguyên hải đảo</strong></p>
<form action="/nop-ho-so/khai-thac-tai-nguyen-hai-dao.php" method="post" enctype="multipart/form-data" class="form-nop-ho-so">
<p><label for="nguoi-nop">Tên tổ chức, cá nhân nộp hồ sơ</label> <input type="text" id="nguoi-nop" name="nguoiNop" required></p>
<p><label for="giay-to">Số CMND / Mã số doanh nghiệp</label> <input type="text" id="giay-to" name="soGiayTo" required></p>
<p><label for="dia-chi">Địa chỉ</label> <input type="text" id="dia-chi" name="diaChi"></p>
<p><label for="dien-thoai">Điện thoại</label> <input type="tel" id="dien-thoai" name="dienThoai"></p>
<p><label for="thu-dien-tu">Email</label> <input type="email" id="thu-dien-tu" name="email"></p>
<p><label for="tep-don">Đơn đề nghị (đã ký, dạng PDF)</label> <input type="file" id="tep-don" name="tepDon" accept=".pdf,.doc,.docx" required></p>
<p><label for="tep-kem">Các giấy tờ kèm theo</label> <input type="file" id="tep-kem" name="tepKemTheo" multiple></p>
<p><button type="submit">Nộp hồ sơ</button></p>
</form>
</div>
<div id="footer">
<p>Bộ Tài nguyên Biển – Bộ phận tiếp nhận và trả kết quả: Số 18 phố Hoàng Sa, quận Ba Đình, Hà Nội.<br>
Điện thoại hỗ trợ: (024) 3795 1299 – Email: motcua@botnb.example.gov.vn</p>
</div>
</body>
</html>
