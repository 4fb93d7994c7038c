<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Xác nhận phát sóng tác phẩm cho tác giả và cộng tác viên - Dịch vụ công trực tuyến Đài Truyền thanh Quốc gia</title>
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
<h1>Xác nhận phát sóng tác phẩm cho tác giả và cộng tác viên</h1>
<table class="tt-info"><tr><td>Mã thủ tục:</td><td>TT03</td></tr><tr><td>Lĩnh vực:</td><td>Tư liệu phát thanh</td></tr><tr><td>Mức độ:</td><td><b>Mức độ 2</b></td></tr></table>
<h2>Trình tự thực hiện</h2>
<ol><li>Tổ chức, cá nhân chuẩn bị hồ sơ và nộp trực tiếp hoặc gửi qua bưu điện đến Bộ phận một cửa của Đài.</li><li>Bộ phận một cửa kiểm tra hồ sơ, viết giấy biên nhận hẹn trả kết quả.</li><li>Đơn vị chuyên môn xử lý, trình Lãnh đạo Đài phê duyệt.</li><li>Trả kết quả tại Bộ phận một cửa.</li></ol>
<h2>Cách thức thực hiện</h2>
<p>Nộp trực tiếp hoặc qua đường bưu điện.</p>
<h2>Thành phần hồ sơ</h2>
<ul><li>Đơn đề nghị xác nhận (Mẫu 03)</li><li>Thông tin tác phẩm: tên, thời gian phát sóng, chương trình</li></ul><p>Số lượng: 01 bộ.</p>
<h2>Thời hạn giải quyết</h2>
<p>05 ngày làm việc.</p>
<h2>Đối tượng thực hiện</h2>
<p>Tác giả, cộng tác viên có tác phẩm được phát sóng.</p>
<h2>Cơ quan thực hiện</h2>
<p>Đài Truyền thanh Quốc gia (Trung tâm Lưu trữ tư liệu âm thanh; Ban Thư ký biên tập; Văn phòng Đài).</p>
<h2>Kết quả thực hiện</h2>
<p>Giấy xác nhận phát sóng.</p>
<h2>Lệ phí</h2>
<p>Không thu phí.</p>
<h2>Mẫu đơn, tờ khai</h2>
<p>Đơn đề nghị xác nhận (Mẫu 03)</p>
<h2>Yêu cầu, điều kiện</h2>
<p>Nội dung đề nghị phù hợp với quy định của pháp luật về báo chí, quảng cáo và sở hữu trí tuệ.</p>
<h2>Căn cứ pháp lý</h2>
<p>Luật Báo chí số 103/2016/QH13; Luật Sở hữu trí tuệ năm 2005 (sửa đổi, bổ sung năm 2009); Quyết định số 1512/QĐ-ĐTTQG ngày 26/12/2016 ban hành Quy chế quản lý và khai thác tư liệu âm thanh lưu trữ.</p>
<div class="thaotac">
<a class="btn" href="/files/bieu-mau/mau-03-de-nghi-xac-nhan-phat-song.docx">Tải mẫu đơn</a>
</div>
<p><a href="/dvc/danh-muc.php">« Danh mục thủ tục</a></p>
</div>
<div class="footer">
Đài Truyền thanh Quốc gia – Bộ phận một cửa: Tầng 1, số 45 phố Quán Sứ, quận Hoàn Kiếm, Hà Nội.<br>
Điện thoại: (04) 3825 6690 – Email: motcua@dttqg.example.gov.vn
</div>
</div>
</body>
</html>
