<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Công nhận khu vực biển - Cổng dịch vụ công trực tuyến Bộ Tài nguyên Biển</title>
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
<h1>Công nhận khu vực biển</h1>
<table class="thong-tin"><tr><th scope="row">Lĩnh vực</th><td>Biển và hải đảo</td></tr><tr><th scope="row">Mức độ</th><td class="muc-do">DVC mức độ 2</td></tr></table>
<h2>Trình tự thực hiện</h2>
<ol>
<li>Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp cho Tổng cục Biển và Hải đảo.</li>
<li>Cơ quan tiếp nhận kiểm tra tính đầy đủ của hồ sơ; trường hợp hồ sơ chưa hợp lệ, trong 03 ngày làm việc thông báo để bổ sung.</li>
<li>Cơ quan thực hiện thẩm định hồ sơ, kiểm tra thực địa khi cần thiết.</li>
<li>Trả kết quả cho tổ chức, cá nhân.</li>
</ol>
<h2>Cách thức thực hiện</h2>
<p>Nộp trực tiếp tại Bộ phận tiếp nhận và trả kết quả; qua đường bưu điện.</p>
<h2>Thành phần hồ sơ</h2>
<ul><li>Đơn đề nghị công nhận khu vực biển</li><li>Quyết định giao khu vực biển đã được cấp</li></ul>
<p>Số lượng hồ sơ: 01 bộ.</p>
<h2>Thời hạn giải quyết</h2>
<p>20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.</p>
<h2>Đối tượng thực hiện</h2>
<p>Tổ chức, cá nhân đã được giao khu vực biển.</p>
<h2>Cơ quan thực hiện</h2>
<p>Cơ quan có thẩm quyền quyết định: Tổng cục Biển và Hải đảo.<br>Cơ quan trực tiếp thực hiện: Tổng cục Biển và Hải đảo.</p>
<h2>Kết quả thực hiện</h2>
<p>Văn bản công nhận khu vực biển.</p>
<h2>Lệ phí</h2>
<p>Không thu phí.</p>
<h2>Mẫu đơn, tờ khai</h2>
<p>Đơn đề nghị công nhận khu vực biển (Mẫu số 07)</p>
<p><a class="tai-mau" href="/files/mau-don-cong-nhan-khu-vuc-bien.pdf">Tải mẫu đơn</a></p>
<h2>Yêu cầu, điều kiện</h2>
<p>Không có.</p>
<h2>Căn cứ pháp lý</h2>
<ul><li>Nghị định 51/2014/NĐ-CP</li></ul>
<p><a href="/danh-muc.php">« Quay lại danh mục</a></p>
</div>
<div id="footer">
<p>Bộ Tài nguyên Biển – Bộ phận tiếp nhận và trả kết quả: Số 18 phố Hoàng Sa, quận Ba Đình, Hà Nội.<br>
Điện thoại hỗ trợ: (024) 3795 1299 – Email: motcua@botnb.example.gov.vn</p>
</div>
</body>
</html>
