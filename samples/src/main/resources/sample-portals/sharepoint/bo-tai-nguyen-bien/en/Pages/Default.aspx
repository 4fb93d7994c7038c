<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Home - Ministry of Marine Resources</title>
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
<h1>Ministry of Marine Resources</h1>
<p>Welcome to the English pages of the web portal of the Ministry of Marine Resources, the government body in charge of seas and islands, water resources, and hydro-meteorology.</p>
<h2>Latest news</h2>
<ul>
<li>29/12/2016 – The Ministry reviewed its work in 2016 and set its tasks for 2017.</li>
<li>22/12/2016 – Agreement signed with three research institutes on marine environmental monitoring data.</li>
</ul>
<p><a href="/en/Pages/Introduction.aspx">About the Ministry</a> · <a href="/en/Pages/Contact.aspx">Contact us</a></p>
</div>
<div id="footer" role="contentinfo"><p>Ministry of Marine Resources – 18 Hoang Sa Street, Ba Dinh District, Hanoi – Tel: +84 24 3795 1234 – Fax: +84 24 3795 1235 – Email: <a href="mailto:botnb@botnb.example.gov.vn">botnb@botnb.example.gov.vn</a></p></div>
</div>
</body>
</html>
