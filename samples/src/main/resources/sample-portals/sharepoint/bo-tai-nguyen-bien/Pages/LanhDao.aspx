<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Lãnh đạo Bộ - Cổng thông tin điện tử Bộ Tài nguyên Biển</title>


<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
#s4-titlerow{background:#0b4f7c;color:#fff;padding:10px 20px}
.ms-core-listMenu-root{list-style:none;margin:0;padding:0;background:#0e6aa8}
.ms-core-listMenu-root>li{display:inline-block;position:relative}
.ms-core-listMenu-root a{color:#fff;padding:8px 10px;display:block;text-decoration:none}
ul.dynamic{display:none;position:absolute;background:#0e6aa8;list-style:none;padding:0;min-width:200px}
li.static:hover ul.dynamic{display:block}
#contentBox{padding:15px 20px}
.ms-listviewtable{border-collapse:collapse}
.ms-listviewtable th,.ms-listviewtable td{border:1px solid #ccc;padding:4px 6px;vertical-align:top}
#footer{background:#eee;padding:12px 20px;font-size:13px}
</style>
</head>
<body class="ms-backgroundImage">
<div id="s4-workspace">
<div id="s4-bodyContainer">
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle">
  <a href="/Pages/TrangChu.aspx" id="ctl00_onetidProjectPropertyTitleGraphic"><img src="/PublishingImages/logo-botnb.png" alt="Logo Bộ Tài nguyên Biển" width="60" height="60"></a>
  <span class="ms-siteheader-sitetitle">CỔNG THÔNG TIN ĐIỆN TỬ BỘ TÀI NGUYÊN BIỂN</span>
  <div class="ms-srch-sb" id="SearchBox">
    <form action="/Pages/TimKiem.aspx" method="get" role="search">
      <label for="k">Tìm kiếm trên cổng</label>
      <input type="text" name="k" id="k" class="ms-srch-sb-searchbox" title="Nhập từ khóa">
      <button type="submit" class="ms-srch-sb-searchLink">Tìm</button>
    </form>
  </div>
  <div class="lang-switch"><a href="/en/Pages/Default.aspx" hreflang="en">English</a></div>
</div>
<div id="s4-topheader2" class="s4-notdlg"><nav class="ms-core-listMenu-horizontalBox" aria-label="Menu chính">
<ul class="root ms-core-listMenu-root static">
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/TrangChu.aspx"><span class="menu-item-text">Trang ch&#7911;</span></a>
</li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/GioiThieu.aspx"><span class="menu-item-text">Gi&#7899;i thi&#7879;u</span></a>
<ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item" href="/Pages/ChucNangNhiemVu.aspx"><span class="menu-item-text">Ch&#7913;c n&#259;ng, nhi&#7879;m v&#7909;</span></a></li>
<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item" href="/Pages/CoCauToChuc.aspx"><span class="menu-item-text">C&#417; c&#7845;u t&#7893; ch&#7913;c</span></a></li>
<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item" href="/Pages/LanhDao.aspx"><span class="menu-item-text">L&#227;nh &#273;&#7841;o B&#7897;</span></a></li>
<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item" href="/Pages/DonViTrucThuoc.aspx"><span class="menu-item-text">&#272;&#417;n v&#7883; tr&#7921;c thu&#7897;c</span></a></li>
</ul>
</li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/TinTuc.aspx"><span class="menu-item-text">Tin t&#7913;c &#8211; S&#7921; ki&#7879;n</span></a>
</li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/ChiDaoDieuHanh.aspx"><span class="menu-item-text">Ch&#7881; &#273;&#7841;o &#273;i&#7873;u h&#224;nh</span></a>
<ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item" href="/Pages/ChiDaoDieuHanh.aspx"><span class="menu-item-text">&#221; ki&#7871;n ch&#7881; &#273;&#7841;o</span></a></li>
<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item" href="/Pages/LichCongTac.aspx"><span class="menu-item-text">L&#7883;ch c&#244;ng t&#225;c</span></a></li>
<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item" href="/Pages/TraLoiKienNghi.aspx"><span class="menu-item-text">Tr&#7843; l&#7901;i ki&#7871;n ngh&#7883;</span></a></li>
<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item" href="/Pages/KhenThuongXuPhat.aspx"><span class="menu-item-text">Khen th&#432;&#7903;ng &#8211; X&#7917; ph&#7841;t</span></a></li>
</ul>
</li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/VanBan.aspx"><span class="menu-item-text">V&#259;n b&#7843;n</span></a>
</li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/PhoBienPhapLuat.aspx"><span class="menu-item-text">Ph&#7893; bi&#7871;n ph&#225;p lu&#7853;t</span></a>
</li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/ChienLuocQuyHoach.aspx"><span class="menu-item-text">Chi&#7871;n l&#432;&#7907;c &#8211; Quy ho&#7841;ch</span></a>
</li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/DuAnDauThau.aspx"><span class="menu-item-text">D&#7921; &#225;n &#8211; &#272;&#7845;u th&#7847;u</span></a>
</li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/GopYDuThao.aspx"><span class="menu-item-text">G&#243;p &#253; d&#7921; th&#7843;o</span></a>
</li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/ThongKe.aspx"><span class="menu-item-text">Th&#7889;ng k&#234;</span></a>
</li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/HoiDap.aspx"><span class="menu-item-text">H&#7887;i &#273;&#225;p</span></a>
</li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="{{site:dvc-bo-tai-nguyen-bien}}/"><span class="menu-item-text">D&#7883;ch v&#7909; c&#244;ng tr&#7921;c tuy&#7871;n</span></a>
</li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/LienHe.aspx"><span class="menu-item-text">Li&#234;n h&#7879;</span></a>
</li>
</ul></nav></div>
<div id="contentRow">
<div id="contentBox" role="main">
<div class="ms-breadcrumb-box" aria-label="Đường dẫn"><a href="/Pages/TrangChu.aspx">Trang chủ</a> &gt; <a href="/Pages/GioiThieu.aspx">Giới thiệu</a> &gt; <span>Lãnh đạo Bộ</span></div>
<div class="ms-webpart-zone ms-fullWidth">
<div class="ms-webpartzone-cell ms-WPBody">
<h1 class="ms-rteElement-H1">Lãnh đạo Bộ</h1>
<div class="leader">
<img src="/PublishingImages/lanh-dao-1.png" alt="Ảnh Bộ trưởng Trần Hải Đăng" width="90" height="120">
<h2>Trần Hải Đăng</h2>
<p><strong>Chức vụ:</strong> Bộ trưởng</p>
<p><strong>Điện thoại:</strong> (024) 3795 1001</p>
<p><strong>Email:</strong> <a href="mailto:thdang@botnb.example.gov.vn">thdang@botnb.example.gov.vn</a></p>
<p><strong>Nhiệm vụ được phân công:</strong> Lãnh đạo, quản lý toàn diện các mặt công tác của Bộ; trực tiếp phụ trách công tác tổ chức cán bộ, kế hoạch – tài chính, thanh tra.</p>
</div>
<div class="leader">
<img src="/PublishingImages/lanh-dao-2.png" alt="Ảnh Thứ trưởng Lê Thị Ngọc Lan" width="90" height="120">
<h2>Lê Thị Ngọc Lan</h2>
<p><strong>Chức vụ:</strong> Thứ trưởng</p>
<p><strong>Điện thoại:</strong> (024) 3795 1002</p>
<p><strong>Email:</strong> <a href="mailto:ltnlan@botnb.example.gov.vn">ltnlan@botnb.example.gov.vn</a></p>
<p><strong>Nhiệm vụ được phân công:</strong> Phụ trách lĩnh vực biển và hải đảo, quy hoạch không gian biển, quản lý tổng hợp vùng bờ; chỉ đạo Tổng cục Biển và Hải đảo.</p>
</div>
<div class="leader">
<img src="/PublishingImages/lanh-dao-3.png" alt="Ảnh Thứ trưởng Nguyễn Văn Thủy" width="90" height="120">
<h2>Nguyễn Văn Thủy</h2>
<p><strong>Chức vụ:</strong> Thứ trưởng</p>
<p><strong>Điện thoại:</strong> (024) 3795 1003</p>
<p><strong>Email:</strong> <a href="mailto:nvthuy@botnb.example.gov.vn">nvthuy@botnb.example.gov.vn</a></p>
<p><strong>Nhiệm vụ được phân công:</strong> Phụ trách lĩnh vực tài nguyên nước, pháp chế, cải cách hành chính; chỉ đạo Cục Quản lý Tài nguyên nước.</p>
</div>
<div class="leader">
<img src="/PublishingImages/lanh-dao-4.png" alt="Ảnh Thứ trưởng Phạm Quốc Phong" width="90" height="120">
<h2>Phạm Quốc Phong</h2>
<p><strong>Chức vụ:</strong> Thứ trưởng</p>
<p><strong>Điện thoại:</strong> (024) 3795 1004</p>
<p><strong>Email:</strong> <a href="mailto:pqphong@botnb.example.gov.vn">pqphong@botnb.example.gov.vn</a></p>
<p><strong>Nhiệm vụ được phân công:</strong> Phụ trách lĩnh vực khí tượng thủy văn, khoa học công nghệ, hợp tác quốc tế và ứng dụng công nghệ thông tin.</p>
</div>
</div>
</div>
</div>
</div>
<div id="footer" class="ms-dialogHidden" role="contentinfo">
  <h2 class="ms-hidden">Thông tin cổng</h2>
  <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ BỘ TÀI NGUYÊN BIỂN</strong><br>
  Cơ quan chủ quản: Bộ Tài nguyên Biển. Chịu trách nhiệm chính: Chánh Văn phòng Bộ.<br>
  Địa chỉ: Số 18 phố Hoàng Sa, quận Ba Đình, Hà Nội<br>
  Điện thoại: (024) 3795 1234 &ndash; Fax: (024) 3795 1235 &ndash; Email: <a href="mailto:banbientap@botnb.example.gov.vn">banbientap@botnb.example.gov.vn</a></p>
  <p>Giấy phép số 215/GP-TTĐT ngày 12/08/2014. Ghi rõ nguồn "Cổng thông tin điện tử Bộ Tài nguyên Biển" khi phát hành lại thông tin từ cổng.</p>
  <p class="footer-links"><a href="/Pages/SoDoCong.aspx">Sơ đồ cổng</a> | <a href="/Pages/LienHe.aspx">Liên hệ</a> | <a href="/Pages/HoiDap.aspx">Hỏi đáp</a> | <a href="/en/Pages/Default.aspx">English</a> | <a href="/Pages/Admin/QuanTri.aspx">Quản trị</a></p>
</div>
</div>
</div>
</body>
</html>
