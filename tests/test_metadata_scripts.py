"""Pages in Thai, Vietnamese and Persian: the headline, the byline after its label in the
page's language ("โดย", "Bởi", "نویسنده:"), and the date in the page's calendar; a weekday
run before a date ("Thứ Ba, 05/03/2024": Tuesday) is no byline. Hand-written pages."""

from __future__ import annotations

from pathlib import Path

from tui.core.cleaner import clean_article
from tui.core.models import Article


def _page(lines: list[str]) -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw="\n\n".join(lines), sha256=""))


THAI_BODY = [
    "กรุงเทพมหานครประกาศแผนปรับปรุงระบบขนส่งสาธารณะครั้งใหญ่ในวันนี้ โดยจะเพิ่มรถโดยสารไฟฟ้าอีกหลายร้อยคันภายในสองปีข้างหน้า",
    "เจ้าหน้าที่กล่าวว่าโครงการนี้จะช่วยลดมลพิษทางอากาศและลดเวลาการเดินทางของประชาชนที่ต้องเดินทางเข้าเมืองทุกวัน",
    "ผู้เชี่ยวชาญด้านการขนส่งเห็นว่าแผนดังกล่าวเป็นก้าวที่ดี แต่ยังต้องการการลงทุนในเส้นทางรถไฟฟ้าเพิ่มเติมด้วย",
]


def test_thai_page_byline_and_dateline_in_buddhist_era():
    article = _page(["หน้าแรก", "ข่าว", "กรุงเทพฯ เตรียมเพิ่มรถเมล์ไฟฟ้าหลายร้อยคัน", "โดย สมชาย ใจดี",
                     "5 มี.ค. 2567 เวลา 14:20 น."] + THAI_BODY)
    assert article.title == "กรุงเทพฯ เตรียมเพิ่มรถเมล์ไฟฟ้าหลายร้อยคัน"
    assert (article.byline, article.published) == ("สมชาย ใจดี", "2024-03-05T14:20")


VIETNAMESE_BODY = [
    "Thành phố Hà Nội vừa công bố kế hoạch mở rộng hệ thống xe buýt điện trong hai năm tới, với hàng trăm xe mới.",
    "Theo các quan chức, dự án sẽ giúp giảm ô nhiễm không khí và rút ngắn thời gian đi lại cho người dân mỗi ngày.",
    "Các chuyên gia giao thông cho rằng đây là bước đi đúng hướng, nhưng thành phố vẫn cần đầu tư thêm vào đường sắt đô thị.",
]


def test_vietnamese_page_byline_and_dateline():
    article = _page(["Trang chủ", "Thời sự", "Hà Nội sẽ có thêm hàng trăm xe buýt điện", "Bởi Nguyễn Văn An",
                     "Thứ Ba, ngày 5 tháng 3 năm 2024"] + VIETNAMESE_BODY)
    assert article.title == "Hà Nội sẽ có thêm hàng trăm xe buýt điện"
    assert (article.byline, article.published) == ("Nguyễn Văn An", "2024-03-05")


def test_vietnamese_weekday_before_the_date_is_no_byline():
    article = _page(["Trang chủ", "Thời sự", "Hà Nội sẽ có thêm hàng trăm xe buýt điện",
                     "Thứ Ba, 05/03/2024, 10:30 (GMT+7)"] + VIETNAMESE_BODY)
    assert article.published == "2024-03-05T10:30"
    assert article.byline is None


PERSIAN_BODY = [
    "شهرداری تهران از برنامه‌ای برای افزایش اتوبوس‌های برقی در دو سال آینده خبر داد و گفت صدها دستگاه تازه خریداری می‌شود.",
    "به گفته مسئولان، این طرح به کاهش آلودگی هوا و کوتاه شدن زمان سفر شهروندان در رفت و آمد روزانه کمک خواهد کرد.",
    "کارشناسان حمل و نقل این برنامه را گامی درست می‌دانند اما می‌گویند شهر به سرمایه‌گذاری بیشتری در مترو نیاز دارد.",
]


def test_persian_page_byline_and_dateline_in_solar_hijri():
    article = _page(["صفحه اصلی", "شهری", "صدها اتوبوس برقی به ناوگان تهران می‌پیوندد", "نویسنده: علی رضایی",
                     "۱۵ فروردین ۱۴۰۳ - ۱۰:۳۰"] + PERSIAN_BODY)
    assert article.title == "صدها اتوبوس برقی به ناوگان تهران می‌پیوندد"
    assert (article.byline, article.published) == ("علی رضایی", "2024-04-03")
