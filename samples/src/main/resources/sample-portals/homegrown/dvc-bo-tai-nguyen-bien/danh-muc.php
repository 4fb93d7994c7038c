<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Danh mục dịch vụ công trực tuyến - Cổng dịch vụ công trực tuyến Bộ Tài nguyên Biển</title>
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
<h1>Danh mục dịch vụ công trực tuyến</h1>
<p>Bộ Tài nguyên Biển cung cấp 12 dịch vụ công trực tuyến trong 3 lĩnh vực.</p>
<h2>Lĩnh vực: Biển và hải đảo</h2>
<table class="danh-muc">
<thead><tr><th scope="col">STT</th><th scope="col">Tên dịch vụ công</th><th scope="col">Cơ quan thực hiện</th><th scope="col">Mức độ</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="/thu-tuc/giao-khu-vuc-bien.php">Giao khu vực biển</a></td><td>Tổng cục Biển và Hải đảo</td><td>Mức độ 4</td></tr>
<tr><td>2</td><td><a href="/thu-tuc/cap-phep-nhan-chim-o-bien.php">Cấp giấy phép nhận chìm ở biển</a></td><td>Tổng cục Biển và Hải đảo</td><td>Mức độ 4</td></tr>
<tr><td>3</td><td><a href="/thu-tuc/khai-thac-tai-nguyen-hai-dao.php">Cấp giấy phép khai thác, sử dụng tài nguyên hải đảo</a></td><td>Tổng cục Biển và Hải đảo</td><td>Mức 3</td></tr>
<tr><td>4</td><td><a href="/thu-tuc/cong-nhan-khu-vuc-bien.php">Công nhận khu vực biển</a></td><td>Tổng cục Biển và Hải đảo</td><td>DVC mức độ 2</td></tr>
</tbody>
</table>
<h2>Lĩnh vực: Tài nguyên nước</h2>
<table class="danh-muc">
<thead><tr><th scope="col">STT</th><th scope="col">Tên dịch vụ công</th><th scope="col">Cơ quan thực hiện</th><th scope="col">Mức độ</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="/thu-tuc/khai-thac-nuoc-mat.php">Cấp giấy phép khai thác, sử dụng nước mặt</a></td><td>Cục Quản lý Tài nguyên nước</td><td>Mức độ 4</td></tr>
<tr><td>2</td><td><a href="/thu-tuc/tham-do-nuoc-duoi-dat.php">Cấp giấy phép thăm dò nước dưới đất</a></td><td>Cục Quản lý Tài nguyên nước</td><td>Mức độ 4</td></tr>
<tr><td>3</td><td><a href="/thu-tuc/xa-nuoc-thai-vao-nguon-nuoc.php">Cấp giấy phép xả nước thải vào nguồn nước</a></td><td>Cục Quản lý Tài nguyên nước</td><td>Mức độ 3</td></tr>
<tr><td>4</td><td><a href="/thu-tuc/gia-han-hanh-nghe-khoan.php">Gia hạn giấy phép hành nghề khoan nước dưới đất</a></td><td>Cục Quản lý Tài nguyên nước</td><td>Mức độ 2</td></tr>
<tr><td>5</td><td><a href="/thu-tuc/cap-lai-giay-phep-nuoc-duoi-dat.php">Cấp lại giấy phép khai thác nước dưới đất</a></td><td>Cục Quản lý Tài nguyên nước</td><td>Mức độ 1</td></tr>
</tbody>
</table>
<h2>Lĩnh vực: Khí tượng thủy văn</h2>
<table class="danh-muc">
<thead><tr><th scope="col">STT</th><th scope="col">Tên dịch vụ công</th><th scope="col">Cơ quan thực hiện</th><th scope="col">Mức độ</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="/thu-tuc/du-bao-canh-bao-kttv.php">Cấp giấy phép hoạt động dự báo, cảnh báo khí tượng thủy văn</a></td><td>Cục Khí tượng Thủy văn</td><td>Mức 3</td></tr>
<tr><td>2</td><td><a href="/thu-tuc/cung-cap-du-lieu-kttv.php">Cung cấp thông tin, dữ liệu khí tượng thủy văn</a></td><td>Cục Khí tượng Thủy văn</td><td>Mức 4</td></tr>
<tr><td>3</td><td><a href="/thu-tuc/cong-trinh-kttv-chuyen-dung.php">Cấp giấy phép hoạt động của công trình khí tượng thủy văn chuyên dùng</a></td><td>Cục Khí tượng Thủy văn</td><td>DVC mức độ 2</td></tr>
</tbody>
</table>
</div>
<div id="footer">
<p>Bộ Tài nguyên Biển – Bộ phận tiếp nhận và trả kết quả: Số 18 phố Hoàng Sa, quận Ba Đình, Hà Nội.<br>
Điện thoại hỗ trợ: (024) 3795 1299 – Email: motcua@botnb.example.gov.vn</p>
</div>
</body>
</html>
