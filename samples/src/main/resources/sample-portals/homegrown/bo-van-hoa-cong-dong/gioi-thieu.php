<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Giới thiệu | Bộ Văn hóa Cộng đồng</title>
<meta name="keywords" content="văn hóa cộng đồng, thiết chế văn hóa, lễ hội, thư viện">

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
<h1>Giới thiệu Bộ Văn hóa Cộng đồng</h1>
<h2>Chức năng, nhiệm vụ</h2>
<p>Bộ Văn hóa Cộng đồng là cơ quan của Chính phủ, thực hiện chức năng quản lý nhà nước về văn hóa cơ sở, thiết chế văn hóa cộng đồng, lễ hội, thư viện công cộng, di sản văn hóa phi vật thể và phong trào văn nghệ quần chúng.</p>
<ul>
<li>Trình Chính phủ dự án luật, nghị định về văn hóa cơ sở, lễ hội, thư viện.</li>
<li>Hướng dẫn xây dựng và quản lý hệ thống nhà văn hóa, điểm vui chơi cộng đồng.</li>
<li>Quản lý, bảo vệ và phát huy giá trị di sản văn hóa phi vật thể.</li>
<li>Thanh tra, kiểm tra việc thực hiện pháp luật về tổ chức lễ hội.</li>
</ul>
<h2>Cơ cấu tổ chức</h2>
<p>Bộ gồm: Vụ Văn hóa cơ sở; Vụ Thư viện; Vụ Pháp chế; Vụ Kế hoạch – Tài chính; Vụ Tổ chức cán bộ; Văn phòng Bộ; Thanh tra Bộ; Cục Di sản văn hóa phi vật thể; Cục Nghệ thuật quần chúng; Viện Văn hóa dân gian; Thư viện Cộng đồng Trung ương.</p>
<p><img src="/images/so-do-to-chuc.png" alt="Sơ đồ tổ chức Bộ Văn hóa Cộng đồng" width="500" height="300"></p>
<h2>Lịch sử hình thành</h2>
<p>Bộ được thành lập năm 2005 trên cơ sở hợp nhất Vụ Văn hóa quần chúng và Ban Quản lý lễ hội thuộc Bộ Văn hóa trước đây. Sau hơn 10 năm hoạt động, Bộ đã tham mưu ban hành nhiều chính sách quan trọng về thiết chế văn hóa cơ sở và được tặng thưởng Huân chương Lao động hạng Nhì năm 2015.</p>
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
