<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Contact - Ministry of Marine Resources</title>
</head>
<body class="ms-backgroundImage">
<div id="s4-workspace">
<div id="s4-titlerow"><a href="/en/Pages/Default.aspx"><img src="/PublishingImages/logo-botnb.png" alt="Ministry of Marine Resources logo" width="60" height="60"></a>
<span class="ms-siteheader-sitetitle">MINISTRY OF MARINE RESOURCES – WEB PORTAL</span>
<a href="/Pages/TrangChu.aspx" hreflang="vi">Tiếng Việt</a></div>
<nav aria-label="Main menu"><ul class="root ms-core-listMenu-root static">
<li class="static"><a href="/en/Pages/Default.aspx">Home</a></li>
<li class="static"><a href="/en/Pages/Introduction.aspx">About the Ministry</a></li>
<li class="static"><a href="/en/Pages/Contact.aspx">Contact</a></li>
</ul></nav>
<div id="contentBox" role="main">
<h1>Contact</h1>
<p>Ministry of Marine Resources<br>Address: 18 Hoang Sa Street, Ba Dinh District, Hanoi, Viet Nam<br>Telephone: +84 24 3795 1234<br>Fax: +84 24 3795 1235<br>Email: <a href="mailto:botnb@botnb.example.gov.vn">botnb@botnb.example.gov.vn</a></p>
<p>International Cooperation Department: +84 24 3795 1400</p>
</div>
<div id="footer" role="contentinfo"><p>Ministry of Marine Resources – 18 Hoang Sa Street, Ba Dinh District, Hanoi – Tel: +84 24 3795 1234 – Fax: +84 24 3795 1235 – Email: <a href="mailto:botnb@botnb.example.gov.vn">botnb@botnb.example.gov.vn</a></p></div>
</div>
</body>
</html>
