#!/bin/sh
export STORAGE='https://stiha3.blob.core.windows.net/models/exports/2026/q3.csv?sv=2021-02-12&se=2027-01-11T09%3A09%3A23Z&sip=168.1.5.60-168.1.5.70&skoid=0b1de93d-a851-4631-ae05-bd60ffc7eaff&sktid=fe367563-9955-469c-abd5-962a6b9f5719&skt=2026-11-21T21%3A00%3A00Z&ske=2026-11-22T13%3A00%3A00Z&sks=b&skv=2020-02-10&sr=b&sp=rawdiy&sig=2A0DDwW82ysK%2F1OEs8rYeaDhit9D5mjAIbFZzCOUYwk%3D'
OTHER="Endpoint=sb://orders-c8ow.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=pUnVMwTKSOFsva4y1076DoTPK+DXzuW1QZjKxA6KS/k=;EntityPath=orders"
# https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=REDACTED
