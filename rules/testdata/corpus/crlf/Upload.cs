namespace Contoso;
class Upload
{
    const string Sas = "http://127.0.0.1:10000/twrogyocfhsvxu/?sv=2024-05-04&ss=tqf&srt=o&se=2047-11-07T09%3A19%3A01Z&sp=rwdup&sig=mvFoDHd5Ky9QpsaV94%2FN0YomxuFIUzcQ8slKjEo2XxA%3D";
    const string Export = "https://assets.tailwindtraders.net/uploads/train.parquet?sv=2024-11-04&spr=https%2Chttp&" +
        "se=2026-11-22T02%3A07%3A37Z&sr=b&sp=racwmei&sig=Zo%2FA%2FlQoEe7OBn%2B%2FqLeJ9w%2BXE5XkzsWCxdWS4gXJ%2FmE%3D";
}
