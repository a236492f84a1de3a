#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <array>
#include <cstdint>

namespace quarry {

// SHA-256 with the x86 SHA extensions when the CPU has them (about ten times Qt's portable code,
// which would otherwise take as long as the rest of a large export to hash the project file), and
// QCryptographicHash when it does not. Same digest either way.
class Sha256
{
public:
    Sha256();
    void addData(QByteArrayView data);
    QByteArray result(); // 32 bytes; call once

    static bool accelerated();

private:
    void blocks(const unsigned char* data, std::size_t count);

    bool m_fast;
    QCryptographicHash m_fallback{QCryptographicHash::Sha256};
    std::array<std::uint32_t, 8> m_state;
    unsigned char m_buffer[64];
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;
};

} // namespace quarry
