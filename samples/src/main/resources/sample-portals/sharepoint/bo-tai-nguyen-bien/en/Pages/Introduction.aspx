<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>About the Ministry - Ministry of Marine Resources</title>
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
<h1>About the Ministry</h1>
<h2>Functions</h2>
<p>The Ministry of Marine Resources performs state management of seas and islands, water resources, hydro-meteorology and marine surveying and mapping.</p>
<h2>Organisation</h2>
<p>The Ministry comprises 7 departments, the Administration of Seas and Islands, the Department of Water Resources Management, the Department of Hydro-Meteorology, and 4 public service units including the Institute of Marine Research.</p>
<h2>History</h2>
<p>Founded in 2008 on the basis of the National Sea Management Office, whose origins date back to the Oceanography Service established in 1959.</p>
</div>
<div id="footer" role="contentinfo"><p>Ministry of Marine Resources – 18 Hoang Sa Street, Ba Dinh District, Hanoi – Tel: +84 24 3795 1234 – Fax: +84 24 3795 1235 – Email: <a href="mailto:botnb@botnb.example.gov.vn">botnb@botnb.example.gov.vn</a></p></div>
</div>
</body>
</html>
