

# Every view renders texts and numbers through Qt's translators and locale (views/translator.py
# puts them behind the pure helpers of smartbms_gui/i18n.py).
from smartbms_gui.views import translator as _translator  # noqa: E402, F401
