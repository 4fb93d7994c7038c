<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Hỏi đáp - Cổng thông tin điện tử Bộ Tài nguyên Biển</title>


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
<div class="ms-breadcrumb-box" aria-label="Đường dẫn"><a href="/Pages/TrangChu.aspx">Trang chủ</a> &gt; <span>Hỏi đáp</span></div>
<div class="ms-webpart-zone ms-fullWidth">
<div class="ms-webpartzone-cell ms-WPBody">
<h1 class="ms-rteElement-H1">Hỏi đáp</h1>
<h2>Câu hỏi đã được trả lời</h2>
<div class="qa-item">
<h3>Thủ tục gia hạn giấy phép khai thác nước dưới đất?</h3>
<p><em>Bà Trần Thị Mai (Nam Định) hỏi ngày 05/12/2016:</em> Giấy phép khai thác nước dưới đất của doanh nghiệp tôi sắp hết hạn, cần chuẩn bị những gì để gia hạn?</p>
<p><strong>Trả lời (14/12/2016):</strong> Hồ sơ gồm đơn đề nghị gia hạn, báo cáo hiện trạng khai thác và kết quả phân tích chất lượng nguồn nước. Hồ sơ nộp trước ít nhất 90 ngày tính đến ngày giấy phép hết hiệu lực; có thể nộp trực tuyến tại Cổng dịch vụ công của Bộ.</p>
</div>
<div class="qa-item">
<h3>Nhận bản tin dự báo sóng cho tàu cá?</h3>
<p><em>Ông Lê Văn Tư (Quảng Ngãi) hỏi ngày 28/11/2016:</em> Ngư dân có thể nhận bản tin dự báo sóng, gió trên biển bằng cách nào?</p>
<p><strong>Trả lời (06/12/2016):</strong> Bản tin được phát trên hệ thống đài thông tin duyên hải 4 lần mỗi ngày và đăng trên trang của Trung tâm Khí tượng Thủy văn Biển.</p>
</div>
<h2>Gửi câu hỏi</h2>
<form action="/Pages/HoiDap.aspx" method="post" class="question-form">
<p><label for="hd-hoten">Họ và tên</label> <input type="text" id="hd-hoten" name="HoTen" required></p>
<p><label for="hd-diachi">Địa chỉ</label> <input type="text" id="hd-diachi" name="DiaChi"></p>
<p><label for="hd-email">Email</label> <input type="email" id="hd-email" name="Email" required></p>
<p><label for="hd-linhvuc">Lĩnh vực</label> <select id="hd-linhvuc" name="LinhVuc"><option>Biển và hải đảo</option><option>Tài nguyên nước</option><option>Khí tượng thủy văn</option></select></p>
<p><label for="hd-cauhoi">Nội dung câu hỏi</label> <textarea id="hd-cauhoi" name="CauHoi" rows="6" cols="60"></textarea></p>
<p><button type="submit">Gửi câu hỏi</button></p>
</form>
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
