-- Reply templates agents send to customers, in English and Simplified Chinese.
-- Placeholders, filled when a reply is sent: {0} = ticket code, {1} = order number, {2} = the return address
-- (the warehouse the goods go back to). A placeholder the ticket cannot fill is left empty.
INSERT INTO reply_template (code, language, title, body) VALUES
('ACKNOWLEDGE', 'en', 'Request received',
 'Hello, we have received your request (ticket {0}) about order {1}. We are looking into it and will get back to you shortly.'),
('ACKNOWLEDGE', 'zh_CN', '已收到申请',
 '亲，您好！您关于订单 {1} 的售后申请（工单 {0}）我们已收到，正在为您处理，请耐心等待。'),
('RETURN_APPROVED', 'en', 'Return approved',
 'Your return for order {1} is approved (ticket {0}). Please send the goods, unused and with their tags, to: {2}. Write the ticket number on the parcel.'),
('RETURN_APPROVED', 'zh_CN', '退货已同意',
 '亲，您订单 {1} 的退货申请已通过（工单 {0}）。请将商品（未使用、吊牌完好）寄回：{2}，并在包裹上注明工单号。'),
('REFUND_ISSUED', 'en', 'Refund issued',
 'The refund for order {1} (ticket {0}) has been issued. It usually reaches your account within 1 to 3 working days.'),
('REFUND_ISSUED', 'zh_CN', '已退款',
 '亲，订单 {1} 的退款（工单 {0}）已原路退回，一般 1–3 个工作日内到账，请注意查收。'),
('NEED_PHOTOS', 'en', 'Photos needed',
 'To help us with ticket {0}, please send us a few photos of the item and its packaging. We will continue as soon as we have them.'),
('NEED_PHOTOS', 'zh_CN', '请补充照片',
 '亲，为了尽快处理工单 {0}，麻烦您提供几张商品及外包装的照片，收到后我们会第一时间继续处理。'),
('EXCHANGE_SHIPPED', 'en', 'Exchange shipped',
 'The replacement for order {1} (ticket {0}) is on its way. You will receive the tracking number in a separate message.'),
('EXCHANGE_SHIPPED', 'zh_CN', '换货已发出',
 '亲，订单 {1} 的换货商品（工单 {0}）已发出，物流单号会另行通知您，请留意查收。');

-- Creating a ticket from an order reads what earlier tickets already claim of each order line.
CREATE INDEX ix_tl_order_line ON ticket_line (order_line_id);
