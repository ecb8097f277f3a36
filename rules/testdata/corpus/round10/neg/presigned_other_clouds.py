"""Presigned URLs from other clouds: none of these are Azure credentials."""
S3_URL = (
    "https://contoso-exports.s3.eu-west-1.amazonaws.com/2026/11/report.csv"
    "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261121%2Feu-west-1%2Fs3%2Faws4_request"
    "&X-Amz-Date=20261121T120000Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host"
    "&X-Amz-Signature=9329db1417bac4f2adddc821f1801a6c198a242dc89eda82546bd6085eebb1c0"
)
GCS_URL = (
    "https://storage.googleapis.com/contoso-exports/report.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256"
    "&X-Goog-Credential=exporter%40contoso.iam.gserviceaccount.com%2F20261121%2Fauto%2Fstorage%2Fgoog4_request"
    "&X-Goog-Date=20261121T120000Z&X-Goog-Expires=604800&X-Goog-SignedHeaders=host"
    "&X-Goog-Signature=843f373b8cab40fc666288449ab4d332a9cffc3cf3167e05ad962ee4c3de87a5ddaa7a73892e5502f6ba285c91ef178c9bb8d2f04607b12de260e875fcf434259f54184a6ad196680bc3bf13a38f767921745714d8d66f52d2aaabe736b6bceb211354be3e4e3d95ba4721a6673cad4d0606bb063c942846c74a02815ed9e03939400d23edc083a9fa70cf5dca71ca2dfa066ef8fd94d573572ca965312c17e7f23ee1a0b31a924e19522ed78cd43bc6d573c35ad1b68cecc744c63be5cf38d701575a11131edf52ff106c055be194fcacd86bad42129c937ea1954965a0c50e938a444493f1e3c13619f172be9e460c6e5292e389ed8fd098a4e3a121052b83"
)
CLOUDFRONT_URL = "https://d111111abcdef8.cloudfront.net/video.mp4?Expires=1798761600&Signature=wYBsYtmiwVC~I5L1z3QZWA4z5mhnlfFB8WWXNIgGI4XsooKwxnU3MZ8uSWeDVa6eMT1oRvPhinSxgEXpBwcCWFhZilD~S1Yqc1KXQL7NPgg3j44QcfriMR3O02zCGtI5CEyMZnZIHQh8kioYT4XmhRsXRui6bu4azv23lHqQqY8&Key-Pair-Id=K2JCJMDEHXQW5F"
OSS_URL = "https://contoso.oss-cn-hangzhou.aliyuncs.com/report.csv?OSSAccessKeyId=LTAI5tExample&Expires=1798761600&Signature=0kg1m0iF28d7L4Q3ElTYFvVAGso%3D"
