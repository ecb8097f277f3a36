import { Kafka, logLevel } from 'kafkajs';

export const kafka = new Kafka({
  clientId: 'orders-projector',
  brokers: ['fab-orders-ehns.servicebus.windows.net:9093'],
  ssl: true,
  logLevel: logLevel.WARN,
  sasl: {
    mechanism: 'plain',
    username: '$ConnectionString',
    password:
      'Endpoint=sb://fab-orders-ehns.servicebus.windows.net/;SharedAccessKeyName=projector;SharedAccessKey=wAami2sik9HN+HY2mIgLAyRauG3dUC9de+AEhM6fL6M=',
  },
});

// README snippet -- copy and fill in
export const EXAMPLE_SASL = {
  mechanism: 'plain',
  username: '$ConnectionString',
  password: 'Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=<policy>;SharedAccessKey=<key>',
};
