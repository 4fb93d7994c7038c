<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Khánh thành thư viện cộng đồng đầu tiên tại xã đảo | Bộ Văn hóa Cộng đồng</title>
<meta name="keywords" content="văn hóa cộng đồng, thiết chế văn hóa, lễ hội, thư viện">
<meta name="DC.title" content="Khánh thành thư viện cộng đồng đầu tiên tại xã đảo">
<meta name="DC.creator" content="Bộ Văn hóa Cộng đồng">
<meta name="DC.subject" content="Tin tức">
<meta name="DC.date" content="2016-12-19T09:05:00+07:00">
<meta name="DC.language" content="vi">
<meta name="DC.type" content="Text">
<meta name="DC.format" content="text/html">
<meta name="DC.publisher" content="Bộ Văn hóa Cộng đồng">
<link rel="alternate" type="application/rss+xml" title="Tin tức Bộ Văn hóa Cộng đồng" href="/rss/tin-tuc.rss">
<link rel="stylesheet" type="text/css" href="/css/style.css">
</head>
<body>
<table id="khung-trang" width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" id="dau-trang">
<img src="/images/logo.png" alt="Biểu trưng Bộ Văn hóa Cộng đồng" width="80" height="80" class="logo">
<span class="ten-co-quan">BỘ VĂN HÓA CỘNG ĐỒNG</span><br>
<span class="ten-trang">Trang thông tin điện tử</span>
</td></tr>
<tr><td colspan="2">
<div id="menu-chinh" class="menu-ngang"><ul id="menu-list"></ul></div>
<script type="text/javascript">
  var menuItems = [
    {text: "Trang chủ", href: "/index.php"},
    {text: "Giới thiệu", href: "/gioi-thieu.php"},
    {text: "Đơn vị trực thuộc", href: "/don-vi-truc-thuoc.php"},
    {text: "Tin tức", href: "/tin-tuc/index.php"},
    {text: "Chỉ đạo điều hành", href: "/chi-dao-dieu-hanh.php"},
    {text: "Trả lời kiến nghị", href: "/tra-loi-kien-nghi.php"},
    {text: "Thi đua khen thưởng", href: "/khen-thuong.php"},
    {text: "Văn bản", href: "/van-ban.php"},
    {text: "Phổ biến pháp luật", href: "/pho-bien-phap-luat.php"},
    {text: "Quy hoạch – Kế hoạch", href: "/quy-hoach-ke-hoach.php"},
    {text: "Dự án – Đấu thầu", href: "/du-an-dau-thau.php"},
    {text: "Góp ý dự thảo", href: "/gop-y-du-thao.php"},
    {text: "Khoa học công nghệ", href: "/khoa-hoc-cong-nghe.php"},
    {text: "Thống kê", href: "/thong-ke.php"},
    {text: "Hỏi đáp", href: "/hoi-dap.php"},
    {text: "English", href: "/en/index.php"}
  ];
  (function () {
    var ul = document.getElementById("menu-list");
    for (var i = 0; i < menuItems.length; i++) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.setAttribute("href", menuItems[i].href);
      a.appendChild(document.createTextNode(menuItems[i].text));
      li.appendChild(a);
      ul.appendChild(li);
    }
  })();
</script>
</td></tr>
<tr>
<td id="cot-trai" valign="top" width="200">
<div class="khung">
<h2 class="tieu-de-khung">Liên kết nhanh</h2>
<ul>
<li><a href="/lanh-dao.php">Lãnh đạo Bộ</a></li>
<li><a href="/tin-tuc/index.php">Tin tức – Sự kiện</a></li>
<li><a href="/hoi-dap.php">Hỏi đáp trực tuyến</a></li>
</ul>
</div>
<div class="khung">
<h2 class="tieu-de-khung">Ảnh hoạt động</h2>
<img src="/images/anh-hoat-dong.png" alt="Biểu diễn văn nghệ quần chúng tại nhà văn hóa thôn" width="180" height="120">
</div>
</td>
<td id="noi-dung" valign="top">
<div class="bai-viet">
<h1 class="tieu-de-bai">Khánh thành thư viện cộng đồng đầu tiên tại xã đảo</h1>
<p class="ngay-dang">Cập nhật lúc 09:05 ngày 19/12/2016</p>
<p class="tom-tat"><b>Thư viện cộng đồng với hơn 5.000 đầu sách chính thức mở cửa phục vụ người dân xã đảo.</b></p>
<p>Thư viện được xây dựng từ nguồn xã hội hóa, gồm phòng đọc cho thiếu nhi, phòng đọc người lớn và góc tra cứu có kết nối Internet.</p>
<p>Bộ sẽ hỗ trợ bổ sung sách định kỳ hằng năm và tập huấn cho cán bộ văn hóa xã về nghiệp vụ thư viện.</p>
<p class="tac-gia" align="right"><i>Phòng Thông tin – Văn phòng Bộ</i></p>
</div>
<div class="tin-khac">
<h2>Các tin khác</h2>
<ul>
<li><a href="/tin-tuc/bai-16.php">Tổng kết phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2016</a> (28/12/2016)</li>
<li><a href="/tin-tuc/bai-15.php">Bộ trưởng dự Ngày hội văn hóa các dân tộc vùng Tây Bắc</a> (22/12/2016)</li>
<li><a href="/tin-tuc/bai-13.php">Công nhận thêm 8 lễ hội truyền thống là di sản văn hóa phi vật thể cấp quốc gia</a> (12/12/2016)</li>
<li><a href="/tin-tuc/bai-12.php">Liên hoan nghệ thuật quần chúng toàn quốc năm 2016</a> (05/12/2016)</li>
<li><a href="/tin-tuc/bai-11.php">Tập huấn quản lý nhà văn hóa thôn cho cán bộ cơ sở</a> (18/11/2016)</li>
</ul>
</div>
</td>
</tr>
<tr><td colspan="2" id="chan-trang">
<p><b>BỘ VĂN HÓA CỘNG ĐỒNG</b><br>
Địa chỉ: Số 51 phố Ngô Quyền, quận Hoàn Kiếm, Hà Nội<br>
Điện thoại: (024) 3943 2211 &nbsp;-&nbsp; Fax: (024) 3943 2212 &nbsp;-&nbsp; Email: vanphong@bovhcd.example.gov.vn<br>
Chịu trách nhiệm chính: Chánh Văn phòng Bộ. Giấy phép số 44/GP-TTĐT ngày 17/04/2012.</p>
<p><a href="/lien-he.php">Liên hệ</a></p>
</td></tr>
</table>
</body>
</html>
