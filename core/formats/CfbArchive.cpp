#include "formats/CfbArchive.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input.h>
#include <gsf/gsf-utils.h>
#include <mutex>

namespace quarry {

namespace {

void initGsf()
{
    // gsf_init registers libgsf's GObject types; doing it twice or from two threads at once is not safe.
    static std::once_flag once;
    std::call_once(once, [] { gsf_init(); });
}

} // namespace

bool CfbArchive::looksLikeCfb(const QByteArray& head)
{
    return head.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

CfbArchive::CfbArchive(const QByteArray& data, const QString& label) : m_data(data), m_label(label)
{
    initGsf();
    if (!looksLikeCfb(m_data))
        throw Error(tr("%1: not a compound document (no CFB signature)").arg(label), Error::Kind::BadInput);
    m_input = gsf_input_memory_new(reinterpret_cast<const guint8*>(m_data.constData()),
                                   gsf_off_t(m_data.size()), FALSE);
    if (!m_input)
        throw Error(tr("%1: cannot open the compound document").arg(label), Error::Kind::BadInput);
    GError* error = nullptr;
    m_root = gsf_infile_msole_new(m_input, &error);
    if (!m_root) {
        const QString reason =
            error && error->message ? QString::fromUtf8(error->message) : tr("unknown error");
        if (error)
            g_error_free(error);
        g_object_unref(m_input);
        m_input = nullptr;
        throw Error(tr("%1: the compound document is damaged (%2)").arg(label, reason),
                    Error::Kind::BadInput);
    }
}

CfbArchive::~CfbArchive()
{
    if (m_root)
        g_object_unref(m_root);
    if (m_input)
        g_object_unref(m_input);
}

GsfInput* CfbArchive::open(const QString& path) const
{
    GsfInput* current = GSF_INPUT(g_object_ref(m_root));
    for (const QString& part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        GsfInput* child = nullptr;
        if (GSF_IS_INFILE(current))
            child = gsf_infile_child_by_name(GSF_INFILE(current), part.toUtf8().constData());
        g_object_unref(current);
        if (!child)
            return nullptr;
        current = child;
    }
    return current;
}

bool CfbArchive::contains(const QString& path) const
{
    GsfInput* input = open(path);
    if (!input)
        return false;
    g_object_unref(input);
    return true;
}

QStringList CfbArchive::children(const QString& storage) const
{
    QStringList names;
    GsfInput* input = open(storage);
    if (!input)
        return names;
    if (GSF_IS_INFILE(input)) {
        GsfInfile* dir = GSF_INFILE(input);
        const int n = gsf_infile_num_children(dir);
        for (int i = 0; i < n; ++i)
            if (const char* name = gsf_infile_name_by_index(dir, i))
                names << QString::fromUtf8(name);
    }
    g_object_unref(input);
    return names;
}

QByteArray CfbArchive::read(const QString& path, qint64 maxBytes) const
{
    GsfInput* input = open(path);
    if (!input)
        return {};
    const gsf_off_t size = gsf_input_size(input);
    if (GSF_IS_INFILE(input) && gsf_infile_num_children(GSF_INFILE(input)) >= 0) {
        g_object_unref(input);
        return {}; // a storage, not a stream
    }
    if (size < 0 || size > maxBytes) {
        g_object_unref(input);
        throw Error(tr("%1: the stream %2 is larger than %3 MB; refusing to read it")
                        .arg(m_label, path)
                        .arg(maxBytes / (1024 * 1024)),
                    Error::Kind::BadInput);
    }
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    const bool ok = size == 0 || gsf_input_read(input, size_t(size), reinterpret_cast<guint8*>(bytes.data()));
    g_object_unref(input);
    if (!ok)
        throw Error(tr("%1: the stream %2 cannot be read (damaged compound document)").arg(m_label, path),
                    Error::Kind::BadInput);
    return bytes.isNull() ? QByteArray("") : bytes;
}

} // namespace quarry
