import { createRoot } from 'react-dom/client';
import '../../components/summary/summary.css';
import { SummaryPage } from './summary-page';

createRoot(document.getElementById('root')!).render(<SummaryPage />);
