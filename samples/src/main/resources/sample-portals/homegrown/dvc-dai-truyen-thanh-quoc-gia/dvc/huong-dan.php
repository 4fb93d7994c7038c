<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hướng dẫn sử dụng - Dịch vụ công trực tuyến Đài Truyền thanh Quốc gia</title>
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
<h1>Hướng dẫn sử dụng</h1>
<h2>Các bước thực hiện</h2>
<ol>
<li>Chọn thủ tục tại mục Danh mục thủ tục và đọc kỹ thông tin thủ tục.</li>
<li>Tải mẫu đơn (nếu có), điền đầy đủ thông tin.</li>
<li>Với thủ tục mức độ 3: bấm “Nộp hồ sơ trực tuyến”, đính kèm tệp hồ sơ và gửi. Một số thủ tục yêu cầu đăng nhập.</li>
<li>Theo dõi tình trạng hồ sơ tại mục Tra cứu hồ sơ.</li>
</ol>
<h2>Lưu ý</h2>
<p>Kết quả và phí, lệ phí (nếu có) được trả, nộp trực tiếp tại Bộ phận một cửa của Đài.</p>
</div>
<div class="footer">
Đài Truyền thanh Quốc gia – Bộ phận một cửa: Tầng 1, số 45 phố Quán Sứ, quận Hoàn Kiếm, Hà Nội.<br>
Điện thoại: (04) 3825 6690 – Email: motcua@dttqg.example.gov.vn
</div>
</div>
</body>
</html>
