static const char* kUrl = u8"https://contosodyc3.file.core.windows.net/?sv=2020-04-08&ss=f&srt=o&spr=https&se=2026-11-22T04%3A04%3A17Z&sp=rwd&sig=b7N7%2BBkrzgi70"
                          u8"SZhoQh5lb1%2Bq3zsEae5P%2BGxqqAe%2Fvc%3D";
