import 'package:http/http.dart' as http;

const _account = 'dartcdnear9';

Uri assetUri(String path) => Uri.https('$_account.blob.core.windows.net', '/assets/$path', {
      'sv': '2022-11-02',
      'sr': 'c',
      'sp': 'rl',
      'se': '2028-05-01T00:00:00Z',
      'sig': 'hsmxfh6BsG1NyqzzCeyr3ULfXgOprCZb+JVTK+ULQ7k=',
    });

// device credentials for the demo kiosk
const iotHubHost = 'iot-fleet-udqi.azure-devices.net';
const deviceId = 'kiosk-lobby-01';
const deviceKey = 'jLXbF+5INt+WD9kdTnVyRP3TmbMzKyIG+AIoTKZ7kwk=';

Future<http.Response> fetchAsset(String p) => http.get(assetUri(p));
