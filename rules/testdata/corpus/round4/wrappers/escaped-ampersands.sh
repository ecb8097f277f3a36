#!/bin/sh
curl -fsSL https://devzudo.blob.core.windows.net/uploads/models/resnet50.ckpt?sv=2024-08-04\&spr=https%2Chttp\&se=2026-11-22T01%3A57%3A23Z\&sr=b\&sp=dxi\&rscc=max-age%3D3600\&rscd=attachment%3B%20filename%3D%22export.csv%22\&sig=T%2Fr0izSAJ4Dpgo2YeRvdjWjttU7vXG52poZ8YneI5sg%3D -o model.bin
wget -q https://mediagaz277hkfh.file.core.windows.net/\?sv=2015-04-05\&ss=f\&srt=co\&spr=https%2Chttp\&se=2026-11-25T21%3A19%3A51Z\&sip=168.1.5.60-168.1.5.70\&sp=lacup\&sig=DewuI87ij%2BFeDpIDLICHolWAp49vErdu46viFXhInoU%3D
