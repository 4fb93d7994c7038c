<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ministry of Community Culture</title>
<link rel="stylesheet" type="text/css" href="/css/style.css">
</head>
<body>
<h1>Ministry of Community Culture</h1>
<p><a href="/index.php">Tiếng Việt</a></p>
<h2>About the Ministry</h2>
<p>The Ministry of Community Culture is the government body responsible for grassroots culture, community cultural facilities, traditional festivals, public libraries and intangible cultural heritage. It was established in 2005.</p>
<h2>Contact</h2>
<p>Address: 51 Ngo Quyen Street, Hoan Kiem District, Hanoi<br>Tel: +84 24 3943 2211 – Fax: +84 24 3943 2212<br>Email: vanphong@bovhcd.example.gov.vn</p>
</body>
</html>
