<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đăng ký phát thông báo và quảng cáo trên sóng phát thanh - Dịch vụ công trực tuyến Đài Truyền thanh Quốc gia</title>
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
<h1>Đăng ký phát thông báo và quảng cáo trên sóng phát thanh</h1>
<table class="tt-info"><tr><td>Mã thủ tục:</td><td>TT04</td></tr><tr><td>Lĩnh vực:</td><td>Quảng cáo - Thông báo</td></tr><tr><td>Mức độ:</td><td><b>Mức độ 3</b></td></tr></table>
<h2>Trình tự thực hiện</h2>
<ol><li>Tổ chức, cá nhân chuẩn bị hồ sơ và nộp trực tuyến hoặc nộp trực tiếp tại Bộ phận một cửa của Đài.</li><li>Bộ phận một cửa kiểm tra hồ sơ, viết giấy biên nhận hẹn trả kết quả.</li><li>Đơn vị chuyên môn xử lý, trình Lãnh đạo Đài phê duyệt.</li><li>Trả kết quả tại Bộ phận một cửa.</li></ol>
<h2>Cách thức thực hiện</h2>
<p>Nộp trực tuyến trên hệ thống dịch vụ công; Nộp trực tiếp hoặc qua đường bưu điện.</p>
<h2>Thành phần hồ sơ</h2>
<ul><li>Phiếu đăng ký phát sóng (Mẫu 04)</li><li>Nội dung thông báo, quảng cáo (văn bản hoặc tệp âm thanh)</li><li>Giấy tờ chứng minh điều kiện quảng cáo đối với sản phẩm đặc thù</li></ul><p>Số lượng: 01 bộ.</p>
<h2>Thời hạn giải quyết</h2>
<p>03 ngày làm việc.</p>
<h2>Đối tượng thực hiện</h2>
<p>Tổ chức, doanh nghiệp, cá nhân.</p>
<h2>Cơ quan thực hiện</h2>
<p>Đài Truyền thanh Quốc gia (Trung tâm Lưu trữ tư liệu âm thanh; Ban Thư ký biên tập; Văn phòng Đài).</p>
<h2>Kết quả thực hiện</h2>
<p>Hợp đồng và lịch phát sóng.</p>
<h2>Lệ phí</h2>
<p>Theo bảng giá dịch vụ quảng cáo ban hành kèm Quyết định số 980/QĐ-ĐTTQG; thanh toán chuyển khoản hoặc trực tiếp.</p>
<h2>Mẫu đơn, tờ khai</h2>
<p>Phiếu đăng ký phát sóng (Mẫu 04)</p>
<h2>Yêu cầu, điều kiện</h2>
<p>Nội dung đề nghị phù hợp với quy định của pháp luật về báo chí, quảng cáo và sở hữu trí tuệ.</p>
<h2>Căn cứ pháp lý</h2>
<p>Luật Báo chí số 103/2016/QH13; Luật Sở hữu trí tuệ năm 2005 (sửa đổi, bổ sung năm 2009); Quyết định số 1512/QĐ-ĐTTQG ngày 26/12/2016 ban hành Quy chế quản lý và khai thác tư liệu âm thanh lưu trữ.</p>
<div class="thaotac">
<a class="btn" href="/files/bieu-mau/mau-04-dang-ky-quang-cao.pdf">Tải mẫu đơn</a>
<a class="btn" href="/dvc/nop-ho-so.php?ma=TT04">Nộp hồ sơ trực tuyến</a>
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
