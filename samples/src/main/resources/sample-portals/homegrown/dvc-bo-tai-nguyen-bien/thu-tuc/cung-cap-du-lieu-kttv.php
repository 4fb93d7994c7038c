<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cung cấp thông tin, dữ liệu khí tượng thủy văn - Cổng dịch vụ công trực tuyến Bộ Tài nguyên Biển</title>
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
<h1>Cung cấp thông tin, dữ liệu khí tượng thủy văn</h1>
<table class="thong-tin"><tr><th scope="row">Lĩnh vực</th><td>Khí tượng thủy văn</td></tr><tr><th scope="row">Mức độ</th><td class="muc-do">Mức 4</td></tr></table>
<h2>Trình tự thực hiện</h2>
<ol>
<li>Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp cho Cục Khí tượng Thủy văn.</li>
<li>Cơ quan tiếp nhận kiểm tra tính đầy đủ của hồ sơ; trường hợp hồ sơ chưa hợp lệ, trong 03 ngày làm việc thông báo để bổ sung.</li>
<li>Cơ quan thực hiện thẩm định hồ sơ, kiểm tra thực địa khi cần thiết.</li>
<li>Trả kết quả cho tổ chức, cá nhân.</li>
</ol>
<h2>Cách thức thực hiện</h2>
<p>Nộp trực tiếp tại Bộ phận tiếp nhận và trả kết quả; qua đường bưu điện; nộp trực tuyến trên Cổng dịch vụ công.</p>
<h2>Thành phần hồ sơ</h2>
<ul><li>Phiếu yêu cầu cung cấp thông tin, dữ liệu</li><li>Văn bản nêu mục đích sử dụng dữ liệu</li></ul>
<p>Số lượng hồ sơ: 01 bộ.</p>
<h2>Thời hạn giải quyết</h2>
<p>5 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.</p>
<h2>Đối tượng thực hiện</h2>
<p>Tổ chức, cá nhân có nhu cầu khai thác, sử dụng thông tin, dữ liệu khí tượng thủy văn.</p>
<h2>Cơ quan thực hiện</h2>
<p>Cơ quan có thẩm quyền quyết định: Cục Khí tượng Thủy văn.<br>Cơ quan trực tiếp thực hiện: Cục Khí tượng Thủy văn.</p>
<h2>Kết quả thực hiện</h2>
<p>Thông tin, dữ liệu khí tượng thủy văn (bản điện tử hoặc bản in).</p>
<h2>Lệ phí</h2>
<p>Phí khai thác dữ liệu theo biểu phí; hồ sơ mẫu: 850.000 đồng, thanh toán trực tuyến.</p>
<h2>Mẫu đơn, tờ khai</h2>
<p>Phiếu yêu cầu cung cấp thông tin, dữ liệu (Mẫu số 01/CCDL)</p>
<p><a class="tai-mau" href="/files/phieu-yeu-cau-du-lieu-kttv.pdf">Tải mẫu đơn</a></p>
<h2>Yêu cầu, điều kiện</h2>
<p>Không có.</p>
<h2>Căn cứ pháp lý</h2>
<ul><li>Luật Khí tượng thủy văn năm 2015</li><li>Thông tư 194/2016/TT-BTC về phí khai thác dữ liệu</li></ul>
<div class="thao-tac"><a class="nut" href="/nop-ho-so/cung-cap-du-lieu-kttv.php">Nộp hồ sơ trực tuyến</a> <a class="nut" href="/thanh-toan/cung-cap-du-lieu-kttv.php">Thanh toán trực tuyến</a></div>
<p><a href="/danh-muc.php">« Quay lại danh mục</a></p>
</div>
<div id="footer">
<p>Bộ Tài nguyên Biển – Bộ phận tiếp nhận và trả kết quả: Số 18 phố Hoàng Sa, quận Ba Đình, Hà Nội.<br>
Điện thoại hỗ trợ: (024) 3795 1299 – Email: motcua@botnb.example.gov.vn</p>
</div>
</body>
</html>
