<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cấp giấy phép khai thác, sử dụng nước mặt - Cổng dịch vụ công trực tuyến Bộ Tài nguyên Biển</title>
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
<h1>Cấp giấy phép khai thác, sử dụng nước mặt</h1>
<table class="thong-tin"><tr><th scope="row">Lĩnh vực</th><td>Tài nguyên nước</td></tr><tr><th scope="row">Mức độ</th><td class="muc-do">Mức độ 4</td></tr></table>
<h2>Trình tự thực hiện</h2>
<ol>
<li>Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp cho Cục Quản lý Tài nguyên nước.</li>
<li>Cơ quan tiếp nhận kiểm tra tính đầy đủ của hồ sơ; trường hợp hồ sơ chưa hợp lệ, trong 03 ngày làm việc thông báo để bổ sung.</li>
<li>Cơ quan thực hiện thẩm định hồ sơ, kiểm tra thực địa khi cần thiết.</li>
<li>Trả kết quả cho tổ chức, cá nhân.</li>
</ol>
<h2>Cách thức thực hiện</h2>
<p>Nộp trực tiếp tại Bộ phận tiếp nhận và trả kết quả; qua đường bưu điện; nộp trực tuyến trên Cổng dịch vụ công.</p>
<h2>Thành phần hồ sơ</h2>
<ul><li>Đơn đề nghị cấp giấy phép</li><li>Đề án khai thác, sử dụng nước</li><li>Kết quả phân tích chất lượng nguồn nước</li></ul>
<p>Số lượng hồ sơ: 01 bộ.</p>
<h2>Thời hạn giải quyết</h2>
<p>30 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.</p>
<h2>Đối tượng thực hiện</h2>
<p>Tổ chức, cá nhân khai thác, sử dụng nước mặt với quy mô phải có giấy phép.</p>
<h2>Cơ quan thực hiện</h2>
<p>Cơ quan có thẩm quyền quyết định: Cục Quản lý Tài nguyên nước.<br>Cơ quan trực tiếp thực hiện: Cục Quản lý Tài nguyên nước.</p>
<h2>Kết quả thực hiện</h2>
<p>Giấy phép khai thác, sử dụng nước mặt.</p>
<h2>Lệ phí</h2>
<p>Phí thẩm định đề án: từ 2.000.000 đến 15.000.000 đồng tùy lưu lượng, nộp trực tiếp khi nhận kết quả.</p>
<h2>Mẫu đơn, tờ khai</h2>
<p>Đơn đề nghị cấp giấy phép khai thác, sử dụng nước mặt (Mẫu số 01/NM)</p>
<p><a class="tai-mau" href="/files/mau-don-khai-thac-nuoc-mat.doc">Tải mẫu đơn</a></p>
<h2>Yêu cầu, điều kiện</h2>
<p>Có đề án phù hợp với quy hoạch tài nguyên nước; tổ chức lập đề án đủ năng lực.</p>
<h2>Căn cứ pháp lý</h2>
<ul><li>Luật Tài nguyên nước năm 2012</li><li>Nghị định 201/2013/NĐ-CP</li></ul>
<div class="thao-tac"><a class="nut" href="/nop-ho-so/khai-thac-nuoc-mat.php">Nộp hồ sơ trực tuyến</a></div>
<p><a href="/danh-muc.php">« Quay lại danh mục</a></p>
</div>
<div id="footer">
<p>Bộ Tài nguyên Biển – Bộ phận tiếp nhận và trả kết quả: Số 18 phố Hoàng Sa, quận Ba Đình, Hà Nội.<br>
Điện thoại hỗ trợ: (024) 3795 1299 – Email: motcua@botnb.example.gov.vn</p>
</div>
</body>
</html>
