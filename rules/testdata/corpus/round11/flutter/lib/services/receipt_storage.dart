import 'package:http/http.dart' as http;

class ReceiptStorage {
  static const _host = 'https://st00yzi58yof.blob.core.windows.net';
  static const _container = 'receipts';
  static const _sas =
      'sv=2026-04-06&se=2049-12-31T00%3A00%3A00Z&sr=c'
      '&sp=cw&sig=LS1%2FYJTNiFEoHio3GSnX0isKT0Ir%2BiIoT%2FYFNKY8Q8w%3D';

  // used by the admin build only
  static const _accountKey = r'xS2EIiDiopgfT9Yhj3wFp0le7byB3+gRvRMuuR5i8Aj9kQmjGFunf3GE5uJDqC49b5bqqf961HRfLLW2rv4K+w==';
  static const _accountName = 'st8pigr4mprt';

  Future<void> upload(String name, List<int> bytes) async {
    final uri = Uri.parse('$_host/$_container/$name?$_sas');
    final res = await http.put(uri, headers: {'x-ms-blob-type': 'BlockBlob'}, body: bytes);
    if (res.statusCode != 201) {
      throw Exception('upload failed: ${res.statusCode} ${res.body}');
    }
  }
}
