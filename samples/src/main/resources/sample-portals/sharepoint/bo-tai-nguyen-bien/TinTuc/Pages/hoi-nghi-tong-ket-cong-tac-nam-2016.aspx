<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Hội nghị tổng kết công tác năm 2016 và triển khai nhiệm vụ năm 2017 - Cổng thông tin điện tử Bộ Tài nguyên Biển</title>
<meta name="DC.title" content="Hội nghị tổng kết công tác năm 2016 và triển khai nhiệm vụ năm 2017">
<meta name="DC.creator" content="Bộ Tài nguyên Biển">
<meta name="DC.subject" content="Tin tức, sự kiện">
<meta name="DC.description" content="Hội nghị tổng kết công tác năm 2016 và triển khai nhiệm vụ năm 2017">
<meta name="DC.publisher" content="Cổng thông tin điện tử Bộ Tài nguyên Biển">
<meta name="DC.date" content="2016-12-29T15:20:00+07:00">
<meta name="DC.type" content="Text">
<meta name="DC.format" content="text/html">
<meta name="DC.identifier" content="botnb">
<meta name="DC.language" content="vi">
<meta name="DC.coverage" content="Việt Nam">
<meta name="DC.rights" content="Bộ Tài nguyên Biển">

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
<div class="ms-breadcrumb-box" aria-label="Đường dẫn"><a href="/Pages/TrangChu.aspx">Trang chủ</a> &gt; <a href="/Pages/TinTuc.aspx">Tin tức – Sự kiện</a> &gt; <span>Hội nghị tổng kết công tác năm 2016 và triển khai nhiệm vụ năm 2017</span></div>
<div class="ms-webpart-zone ms-fullWidth">
<div class="ms-webpartzone-cell ms-WPBody">
<div class="article ms-rtestate-field">
<h1 class="ms-rteElement-H1">Hội nghị tổng kết công tác năm 2016 và triển khai nhiệm vụ năm 2017</h1>
<div class="article-date"><span class="ms-vb">Thứ năm, 29/12/2016 15:20</span></div>
<p class="article-lead"><strong>Sáng nay, Bộ Tài nguyên Biển tổ chức hội nghị tổng kết công tác năm 2016, đánh giá kết quả thực hiện nhiệm vụ và bàn giải pháp cho năm 2017.</strong></p>
<p>Phát biểu khai mạc hội nghị, Bộ trưởng Trần Hải Đăng cho biết năm 2016 là năm đầu tiên Bộ triển khai kế hoạch 5 năm về quản lý tổng hợp tài nguyên biển và hải đảo. Trong điều kiện thời tiết cực đoan và sự cố môi trường biển ở một số địa phương, toàn ngành đã hoàn thành 27 trên 29 nhiệm vụ trọng tâm được Chính phủ giao.</p>
<p>Báo cáo tại hội nghị nêu rõ: công tác giao khu vực biển cho tổ chức, cá nhân được đẩy nhanh với 46 quyết định giao biển; hệ thống quan trắc tự động được mở rộng thêm 12 trạm; cơ sở dữ liệu tài nguyên nước quốc gia được cập nhật cho 9 lưu vực sông lớn.</p>
<p>Về nhiệm vụ năm 2017, Bộ trưởng yêu cầu các đơn vị tập trung hoàn thiện thể chế, nâng số thủ tục hành chính cung cấp trực tuyến ở mức độ 3, mức độ 4, đồng thời tăng cường kiểm tra việc nhận chìm vật chất ở biển và xả nước thải ven bờ.</p>
<p>Nhân dịp này, Bộ trưởng đã trao Cờ thi đua và Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong năm.</p>
<p class="article-source"><em>Văn phòng Bộ</em></p>
<div class="article-tools" role="toolbar" aria-label="Công cụ bài viết">
  <a href="javascript:window.print();" class="print-link" title="In bài viết">In bài viết</a> |
  <a href="mailto:?subject=Hội nghị tổng kết công tác năm 2016 và triển khai nhiệm vụ năm 2017&amp;body=Bài viết trên Cổng thông tin điện tử Bộ Tài nguyên Biển" class="email-link">Gửi email</a> |
  <button type="button" class="save-link" onclick="document.execCommand('SaveAs');">Lưu bài viết</button>
</div>
<h2>Tin liên quan</h2>
<ul>
<li><a href="/TinTuc/Pages/ra-soat-quy-hoach-khong-gian-bien.aspx">Rà soát quy hoạch không gian biển khu vực miền Trung</a> (27/12/2016)</li>
<li><a href="/TinTuc/Pages/ky-ket-hop-tac-quan-trac-moi-truong-bien.aspx">Ký kết hợp tác quan trắc môi trường biển với các viện nghiên cứu</a> (22/12/2016)</li>
<li><a href="/TinTuc/Pages/tap-huan-ung-pho-su-co-tran-dau.aspx">Tập huấn ứng phó sự cố tràn dầu cho lực lượng ven biển</a> (19/12/2016)</li>
</ul>
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
